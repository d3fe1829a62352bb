using System.Threading.RateLimiting;

namespace Folio.Infrastructure;

/// <summary>Fixed-window counts in this process's memory: right for a single server (no Redis configured).</summary>
public sealed class InProcessFixedWindowCounter : IFixedWindowCounter, IDisposable
{
    private readonly PartitionedRateLimiter<Partition> limiter = PartitionedRateLimiter.Create<Partition, Partition>(partition =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = partition.Limit,
            Window = partition.Window,
            QueueLimit = 0,
        }));

    public ValueTask<TimeSpan?> TakeAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        using var lease = limiter.AttemptAcquire(new Partition(key, limit, window));
        TimeSpan? wait = lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
        return ValueTask.FromResult(wait);
    }

    private sealed record Partition(string Key, int Limit, TimeSpan Window);

    public void Dispose() => limiter.Dispose();
}
