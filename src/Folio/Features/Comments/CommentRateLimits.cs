using System.Threading.RateLimiting;
using Folio.Infrastructure;
using Microsoft.Extensions.Options;

namespace Folio.Features.Comments;

/// <summary>
/// How fast one address (and one email) may comment: a few comments a minute is a person; more
/// is a flood. Counted in this process; a fleet shares the count once Redis is configured.
/// </summary>
public sealed class CommentRateLimits(IOptions<FolioOptions> options) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.CommentsPerMinute,
            Window = Window,
            QueueLimit = 0,
        }));

    /// <summary>Takes a permit for the address and for the email; when either is spent, how long to wait.</summary>
    public TimeSpan? Acquire(string? ipAddress, string? email)
    {
        foreach (var key in new[] { "ip:" + ipAddress, "email:" + email?.Trim().ToLowerInvariant() })
        {
            using var lease = limiter.AttemptAcquire(key);
            if (!lease.IsAcquired)
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
        }
        return null;
    }

    public void Dispose() => limiter.Dispose();
}
