using System.ComponentModel.DataAnnotations;

namespace Folio.Features.Mail;

/// <summary><c>Folio:Smtp</c>: where outgoing mail goes. With no host, mail is dropped as .eml files.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Folio:Smtp";

    public string Host { get; set; } = "";
    [Range(1, 65535)]
    public int Port { get; set; } = 25;
    [Required(AllowEmptyStrings = false)]
    public string From { get; set; } = "Folio <no-reply@localhost>";
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";

    /// <summary>How often the outbox is checked for mail to deliver.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(5);
}
