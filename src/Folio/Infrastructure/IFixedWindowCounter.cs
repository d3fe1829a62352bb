namespace Folio.Infrastructure;

/// <summary>
/// Counts events per key in fixed windows of time, for rate limits. One server counts in its
/// own memory; a fleet counts in Redis so that every server sees the same count.
/// </summary>
public interface IFixedWindowCounter
{
    /// <summary>
    /// Counts one event for the key; null while the window's count is within the limit,
    /// otherwise how long until the window ends and the key may try again.
    /// </summary>
    ValueTask<TimeSpan?> TakeAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken);
}
