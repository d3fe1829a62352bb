using Folio.Data;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Posts;

/// <summary>
/// Publishes scheduled posts whose time has come and evicts their sites' cached pages, so
/// they appear without a restart. Safe on many servers at once: the status flip is a
/// conditional update, and evicting twice does no harm.
/// </summary>
public sealed class ScheduledPostPublisher(
    IServiceScopeFactory scopes,
    IOptions<FolioOptions> options,
    TimeProvider clock,
    ILogger<ScheduledPostPublisher> logger) : PeriodicJob(options.Value.SchedulerInterval, clock, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => PublishDuePostsAsync(cancellationToken);

    /// <summary>Publishes every due post of every site; returns how many.</summary>
    public async Task<int> PublishDuePostsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var cache = scope.ServiceProvider.GetRequiredService<IOutputCacheStore>();
        var now = Clock.GetUtcNow().UtcDateTime;

        // Across all sites, on purpose: this is platform work, not a request of one site.
        var due = db.Posts.AcrossSites(CrossSiteReason.PlatformJob)
            .Where(p => p.Status == PostStatus.Scheduled && p.PublishedAt <= now);
        var siteIds = await due.Select(p => p.SiteId).Distinct().ToListAsync(cancellationToken);
        if (siteIds.Count == 0) return 0;

        var published = await due.ExecuteUpdateAsync(p => p.SetProperty(post => post.Status, PostStatus.Published), cancellationToken);
        if (published == 0) return 0; // another server published them between our two statements, and evicts their pages
        foreach (var siteId in siteIds) await cache.EvictSiteAsync(siteId, cancellationToken);
        logger.LogInformation("Published {Count} scheduled post(s) on {Sites} site(s).", published, siteIds.Count);
        return published;
    }
}
