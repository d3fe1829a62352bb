using Folio.Infrastructure;
using Folio.Infrastructure.Settings;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Folio.Features.Mail;

/// <summary>Delivers through an SMTP server with MailKit.</summary>
internal sealed class SmtpMailSender(IOptions<SmtpOptions> options, IOptions<FolioOptions> folio) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        // Greet as the platform's own domain rather than look up this machine's name in DNS.
        using var client = new SmtpClient { LocalDomain = folio.Value.RootDomain };
        await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.Auto, cancellationToken);
        if (smtp.UserName.Length > 0) await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
        await client.SendAsync(MailMessages.Build(mail, smtp.From), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

/// <summary>
/// Writes each message as an .eml file under <c>{DataDirectory}/mail</c>, for a laptop with no
/// mail server: open the file with any mail program to follow its links.
/// </summary>
internal sealed class MailDropSender(IOptions<SmtpOptions> smtp, IOptions<FolioOptions> folio, TimeProvider clock, ILogger<MailDropSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var folder = PrivateFiles.CreateFolder(Path.Combine(folio.Value.DataDirectoryFullPath, "mail"));
        var path = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        // Written aside and moved into place, so whoever watches the folder never reads half a mail.
        var partial = path + ".partial";
        await using (var file = PrivateFiles.Create(partial))
            await MailMessages.Build(mail, smtp.Value.From).WriteToAsync(file, cancellationToken);
        File.Move(partial, path);
        logger.LogInformation("Mail to {To} about \"{Subject}\" is in {Path}.", mail.To, mail.Subject, path);
    }
}

public static class MailFeature
{
    public static IServiceCollection AddMailFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedSettings<SmtpOptions>(configuration, SmtpOptions.Section);
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<MailDropSender>();
        services.AddSingleton<IMailSender>(provider =>
            provider.GetRequiredService<IOptions<SmtpOptions>>().Value.Host.Length > 0
                ? provider.GetRequiredService<SmtpMailSender>()
                : provider.GetRequiredService<MailDropSender>());
        services.AddScoped<MailOutbox>();
        services.AddSingleton<OutboxDeliveryWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDeliveryWorker>());
        return services;
    }
}
