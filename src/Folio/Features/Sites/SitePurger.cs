using Folio.Data;
using Folio.Features.Media;
using Folio.Features.Posts;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Sites;

/// <summary>
/// Removes for good the sites whose grace period (<see cref="SiteDeletion.GracePeriod"/>) is
/// over: their posts (with what hangs on them: comments, likes, revisions), then the site row,
/// whose removal the database cascades to the rest (members, media rows, menus, followers…),
/// then the site's media folder. Safe on every server at once: a site another server removed
/// first is simply gone.
/// </summary>
public sealed class SitePurger(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SitePurger> logger)
    : PeriodicJob(Interval, clock, logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    /// <summary>Removes every site that is due; returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var due = await db.Sites.Where(s => s.DeleteAfter != null && s.DeleteAfter <= now).ToListAsync(cancellationToken);
        foreach (var site in due) await RemoveAsync(scope.ServiceProvider, db, site, cancellationToken);
        return due.Count;
    }

    private async Task RemoveAsync(IServiceProvider services, FolioDbContext db, Site site, CancellationToken cancellationToken)
    {
        // Restored since it was read? Then it stays. (A restore in the very moment of removal, after 30 days, is not guarded against.)
        var now = Clock.GetUtcNow().UtcDateTime;
        if (!await db.Sites.AnyAsync(s => s.Id == site.Id && s.DeleteAfter != null && s.DeleteAfter <= now, cancellationToken)) return;
        // Platform work on one site's rows: no request, so no current site to filter by.
        await db.DeleteForGoodAsync(db.Posts.AcrossSites(CrossSiteReason.PlatformJob).Where(p => p.SiteId == site.Id), cancellationToken);
        var removed = await db.Sites.Where(s => s.Id == site.Id).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0) return;
        var folder = services.GetRequiredService<MediaStorage>().SiteFolder(site.Id);
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The rows are what make files reachable; without them nothing is served from the folder.
            logger.LogWarning(exception, "Could not remove the media folder {Folder} of the deleted site {Slug}.", folder, site.Slug);
        }
        services.GetRequiredService<SiteDirectory>().Forget(SiteView.From(site));
        await services.GetRequiredService<IOutputCacheStore>().EvictSiteAsync(site.Id, cancellationToken);
        logger.LogInformation("Removed the site {Slug} for good: deleted by its owner more than {Days} days ago.", site.Slug, SiteDeletion.GracePeriod.TotalDays);
    }
}
