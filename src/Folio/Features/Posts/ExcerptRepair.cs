using Folio.Data;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>
/// Mends the summaries earlier versions froze. Their editor and API sent a post's made summary
/// back with every save, so it was kept as if written by hand while the words changed. Such a
/// post still shows it: its excerpt is the summary made from the words of its earliest revision
/// with that excerpt, not from its words now. Those get the summary of their words now; an excerpt
/// written by hand matches no earlier words, and stays. Runs once, across all sites, in batches,
/// when start-up adopts a database those versions made (<c>PreSquashDatabases</c>); a post saved
/// meanwhile is left to its save (the update is conditional).
/// </summary>
public sealed class ExcerptRepair(IServiceScopeFactory scopes, ILogger<ExcerptRepair> logger)
{
    private const int BatchSize = 200;

    /// <summary>Mends every frozen summary; returns how many.</summary>
    public async Task<int> RepairAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var mended = 0;
        var sites = new HashSet<long>();
        // Across all sites, on purpose: platform work, not a request of one site.
        var posts = db.Posts.AcrossSites(CrossSiteReason.PlatformJob).AsNoTracking();
        var revisions = db.PostRevisions.AcrossSites(CrossSiteReason.PlatformJob).AsNoTracking().Where(r => !r.IsAutosave);
        for (long after = 0; ;)
        {
            // The excerpt stayed while the words changed: frozen, written by hand, or a change past the summary's end.
            var batch = await posts
                .Where(p => p.Id > after && p.Excerpt != "")
                .Where(p => revisions.Any(r => r.SiteId == p.SiteId && r.PostId == p.Id && r.Excerpt == p.Excerpt && r.Body != p.Body))
                .OrderBy(p => p.Id).Take(BatchSize)
                .Select(p => new { p.Id, p.SiteId, p.Excerpt, p.BodyHtml, p.UpdatedAt })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            foreach (var post in batch)
            {
                var summary = PostExcerpts.Generate(post.BodyHtml);
                if (post.Excerpt == summary) continue;
                var first = await revisions.Where(r => r.SiteId == post.SiteId && r.PostId == post.Id && r.Excerpt == post.Excerpt)
                    .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new { r.Body, r.BodyFormat }).FirstAsync(cancellationToken);
                if (PostExcerpts.Generate(PostBodyRenderer.ToSafeHtml(first.Body, first.BodyFormat)) != post.Excerpt) continue;
                var changed = await db.Posts.AcrossSites(CrossSiteReason.PlatformJob)
                    .Where(p => p.Id == post.Id && p.Excerpt == post.Excerpt && p.UpdatedAt == post.UpdatedAt)
                    .ExecuteUpdateAsync(p => p.SetProperty(x => x.Excerpt, summary), cancellationToken);
                if (changed == 0) continue;
                mended++;
                sites.Add(post.SiteId);
            }
            after = batch[^1].Id;
        }
        var cache = scope.ServiceProvider.GetRequiredService<IOutputCacheStore>();
        foreach (var siteId in sites) await cache.EvictSiteAsync(siteId, cancellationToken);
        if (mended > 0) logger.LogInformation("Made {Count} post summaries again from their words; earlier versions had kept them from older words.", mended);
        return mended;
    }
}
