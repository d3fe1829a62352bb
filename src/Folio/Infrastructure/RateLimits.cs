using Microsoft.Extensions.Options;

namespace Folio.Infrastructure;

/// <summary>
/// How fast one address, and one person, may comment, try to log in or have mail sent: a few a
/// minute is a person; more is a flood, a password guesser or someone filling another's inbox.
/// Counted by the <see cref="IFixedWindowCounter"/> in use: this process's memory on a single
/// server, Redis in a fleet, so that alternating between servers gains nothing.
/// </summary>
public sealed class RateLimits(IFixedWindowCounter counter, IOptions<FolioOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MailWindow = TimeSpan.FromHours(1);

    /// <summary>Counts a comment; when the address or the commenter is over the limit, how long to wait.</summary>
    public ValueTask<TimeSpan?> CommentAsync(string? ipAddress, string? commenter, CancellationToken cancellationToken) =>
        TakeAsync("comment", options.Value.CommentsPerMinute, ipAddress, commenter, cancellationToken);

    /// <summary>
    /// Counts a login attempt; when the address, or the address for this account, is over its
    /// limit, how long to wait. Never counted per account alone: then a stranger's guesses
    /// would keep the owner out (a passkey, or a password reset, gets them in regardless).
    /// </summary>
    public async ValueTask<TimeSpan?> LoginAsync(string? ipAddress, string? email, CancellationToken cancellationToken) =>
        await counter.TakeAsync($"login-ip:{ipAddress}", options.Value.LoginsPerAddressPerMinute, Window, cancellationToken)
        ?? (email is null ? null : await counter.TakeAsync($"login-pair:{Normal(email)}|{ipAddress}", options.Value.LoginsPerMinute, Window, cancellationToken));

    /// <summary>Counts a request for another confirmation mail, as a login attempt is counted; when over the limit, how long to wait.</summary>
    public ValueTask<TimeSpan?> ConfirmationMailAsync(string? ipAddress, string? email, CancellationToken cancellationToken) =>
        TakeAsync("confirmation-mail", options.Value.LoginsPerMinute, ipAddress, email, cancellationToken);

    /// <summary>Counts a request that may mail someone (forgot password, sign up) from this address; when over the limit, how long to wait.</summary>
    public ValueTask<TimeSpan?> MailRequestAsync(string? ipAddress, CancellationToken cancellationToken) =>
        counter.TakeAsync($"mail-request-ip:{ipAddress}", options.Value.LoginsPerMinute, Window, cancellationToken);

    /// <summary>Whether one more password-reset mail may go to the address this hour (<c>Folio:MailsPerRecipientPerHour</c>).</summary>
    public async ValueTask<bool> ResetMailMayGoToAsync(string email, CancellationToken cancellationToken) =>
        await counter.TakeAsync($"reset-mail:{Normal(email)}", options.Value.MailsPerRecipientPerHour, MailWindow, cancellationToken) is null;

    /// <summary>Whether the owner of the address may be told, this hour, that someone tried to sign up with it: once an hour at most.</summary>
    public async ValueTask<bool> SignupNoticeMayGoToAsync(string email, CancellationToken cancellationToken) =>
        await counter.TakeAsync($"signup-notice:{Normal(email)}", 1, MailWindow, cancellationToken) is null;

    /// <summary>Answers 429 Too Many Requests with Retry-After; returns the whole seconds to wait, for the message.</summary>
    public static int Refuse(HttpResponse response, TimeSpan wait)
    {
        var seconds = Seconds(wait);
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        return seconds;
    }

    /// <summary>The wait in whole seconds, at least one: what Retry-After and the messages say.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static string Normal(string? email) => email?.Trim().ToLowerInvariant() ?? "";

    private async ValueTask<TimeSpan?> TakeAsync(string action, int perMinute, string? ipAddress, string? who, CancellationToken cancellationToken)
    {
        foreach (var key in new[] { $"{action}-ip:{ipAddress}", $"{action}-who:{Normal(who)}" })
        {
            if (await counter.TakeAsync(key, perMinute, Window, cancellationToken) is { } wait) return wait;
        }
        return null;
    }
}
