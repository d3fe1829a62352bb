using Microsoft.Extensions.Options;

namespace Folio.Infrastructure;

/// <summary>
/// How fast one address, and one person, may comment or try to log in: a few a minute is a
/// person; more is a flood or a password guesser. Counted by the <see cref="IFixedWindowCounter"/>
/// in use: this process's memory on a single server, Redis in a fleet, so that alternating
/// between servers gains nothing.
/// </summary>
public sealed class RateLimits(IFixedWindowCounter counter, IOptions<FolioOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Counts a comment; when the address or the commenter is over the limit, how long to wait.</summary>
    public ValueTask<TimeSpan?> CommentAsync(string? ipAddress, string? commenter, CancellationToken cancellationToken) =>
        TakeAsync("comment", options.Value.CommentsPerMinute, ipAddress, commenter, cancellationToken);

    /// <summary>Counts a login attempt; when the address or the account's email is over the limit, how long to wait.</summary>
    public ValueTask<TimeSpan?> LoginAsync(string? ipAddress, string? email, CancellationToken cancellationToken) =>
        TakeAsync("login", options.Value.LoginsPerMinute, ipAddress, email, cancellationToken);

    /// <summary>Counts a request for another confirmation mail, as a login attempt is counted; when over the limit, how long to wait.</summary>
    public ValueTask<TimeSpan?> ConfirmationMailAsync(string? ipAddress, string? email, CancellationToken cancellationToken) =>
        TakeAsync("confirmation-mail", options.Value.LoginsPerMinute, ipAddress, email, cancellationToken);

    /// <summary>Answers 429 Too Many Requests with Retry-After; returns the whole seconds to wait, for the message.</summary>
    public static int Refuse(HttpResponse response, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        return seconds;
    }

    private async ValueTask<TimeSpan?> TakeAsync(string action, int perMinute, string? ipAddress, string? who, CancellationToken cancellationToken)
    {
        foreach (var key in new[] { $"{action}-ip:{ipAddress}", $"{action}-who:{who?.Trim().ToLowerInvariant()}" })
        {
            if (await counter.TakeAsync(key, perMinute, Window, cancellationToken) is { } wait) return wait;
        }
        return null;
    }
}
