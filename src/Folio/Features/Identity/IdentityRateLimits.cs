using Folio.Infrastructure;

namespace Folio.Features.Identity;

/// <summary>
/// How fast one address, and one person, may try to log in (or open a protected post) and have
/// mail sent: a password guesser, or someone filling another's inbox, is slowed down, never the
/// account locked.
/// </summary>
public sealed class IdentityRateLimits(RateLimits limits)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static readonly RateLimit LoginsFromAddress = new("login-ip", options => options.LoginsPerAddressPerMinute, Minute);
    private static readonly RateLimit LoginsFromAddressForAccount = new("login-pair", options => options.LoginsPerMinute, Minute);
    private static readonly RateLimit ConfirmationMails = new("confirmation-mail", options => options.LoginsPerMinute, Minute);
    private static readonly RateLimit MailRequests = new("mail-request-ip", options => options.LoginsPerMinute, Minute);
    private static readonly RateLimit ResetMails = new("reset-mail", options => options.MailsPerRecipientPerHour, Hour);
    private static readonly RateLimit SignupNotices = new("signup-notice", _ => 1, Hour);

    /// <summary>
    /// Counts a login attempt; when the address, or the address for this account, is over its
    /// limit, how long to wait. Never counted per account alone: then a stranger's guesses
    /// would keep the owner out (a passkey, or a password reset, gets them in regardless).
    /// </summary>
    public async ValueTask<TimeSpan?> LoginAsync(string? ipAddress, string? email, CancellationToken cancellationToken) =>
        await limits.TakeAsync(LoginsFromAddress, $"{ipAddress}", cancellationToken)
        ?? (email is null ? null : await limits.TakeAsync(LoginsFromAddressForAccount, $"{RateLimits.Person(email)}|{ipAddress}", cancellationToken));

    /// <summary>Counts a request for another confirmation mail, as a login attempt is counted; when over the limit, how long to wait.</summary>
    public ValueTask<TimeSpan?> ConfirmationMailAsync(string? ipAddress, string? email, CancellationToken cancellationToken) =>
        limits.TakeAsync(ConfirmationMails, ipAddress, email, cancellationToken);

    /// <summary>Counts a request that may mail someone (forgot password, sign up) from this address; when over the limit, how long to wait.</summary>
    public ValueTask<TimeSpan?> MailRequestAsync(string? ipAddress, CancellationToken cancellationToken) =>
        limits.TakeAsync(MailRequests, $"{ipAddress}", cancellationToken);

    /// <summary>Whether one more password-reset mail may go to the address this hour (<c>Folio:MailsPerRecipientPerHour</c>).</summary>
    public async ValueTask<bool> ResetMailMayGoToAsync(string email, CancellationToken cancellationToken) =>
        await limits.TakeAsync(ResetMails, RateLimits.Person(email), cancellationToken) is null;

    /// <summary>Whether the owner of the address may be told, this hour, that someone tried to sign up with it: once an hour at most.</summary>
    public async ValueTask<bool> SignupNoticeMayGoToAsync(string email, CancellationToken cancellationToken) =>
        await limits.TakeAsync(SignupNotices, RateLimits.Person(email), cancellationToken) is null;
}
