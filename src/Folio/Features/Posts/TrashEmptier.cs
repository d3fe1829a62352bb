using Folio.Data;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>
/// Deletes for good the posts that have been in the Trash for <see cref="KeptFor"/>, on every
/// site, as WordPress empties its trash after 30 days. Safe on every server at once (a delete of
/// what is old); nothing public changes, so no page is evicted.
/// </summary>
public sealed class TrashEmptier(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TrashEmptier> logger)
    : PeriodicJob(Interval, clock, logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => EmptyAsync(cancellationToken);

    /// <summary>Deletes what has been in the Trash long enough; returns how many posts.</summary>
    public async Task<int> EmptyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var cutoff = Clock.GetUtcNow().UtcDateTime - KeptFor;
        // Across all sites, on purpose: this is platform work, not a request of one site.
        var old = db.Posts.AcrossSites(CrossSiteReason.PlatformJob).Where(p => p.Status == PostStatus.Trash && p.TrashedAt < cutoff);
        var deleted = await db.DeleteForGoodAsync(old, cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Count} post(s) that were in the Trash for {Days} days.", deleted, KeptFor.TotalDays);
        return deleted;
    }
}
