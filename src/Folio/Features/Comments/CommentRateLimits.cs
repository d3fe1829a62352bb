using Folio.Infrastructure;
using Microsoft.Extensions.Options;

namespace Folio.Features.Comments;

/// <summary>
/// How fast one address (and one email) may comment: a few comments a minute is a person; more
/// is a flood. Counted by the <see cref="IFixedWindowCounter"/> in use: this process's memory on a
/// single server, Redis in a fleet, so that alternating between servers gains nothing.
/// </summary>
public sealed class CommentRateLimits(IFixedWindowCounter counter, IOptions<FolioOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Counts a comment for the address and for the email; when either is over its limit, how long to wait.</summary>
    public async ValueTask<TimeSpan?> AcquireAsync(string? ipAddress, string? email, CancellationToken cancellationToken)
    {
        foreach (var key in new[] { "comment-ip:" + ipAddress, "comment-email:" + email?.Trim().ToLowerInvariant() })
        {
            if (await counter.TakeAsync(key, options.Value.CommentsPerMinute, Window, cancellationToken) is { } wait) return wait;
        }
        return null;
    }
}
