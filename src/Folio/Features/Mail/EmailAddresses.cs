using System.Net.Mail;

namespace Folio.Features.Mail;

/// <summary>The one check of an email address that a person types in (sign-up, invitations, comments).</summary>
public static class EmailAddresses
{
    /// <summary>The longest address SMTP can carry (RFC 5321).</summary>
    public const int MaxLength = 254;

    public const string Problem = "That does not look like an email address.";

    public static bool IsValid(string email) => email.Length <= MaxLength && MailAddress.TryCreate(email, out _);
}
