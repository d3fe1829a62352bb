using System.Net;
using Folio.Data;
using Folio.Features.Fetching;
using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Curation;

/// <summary>
/// Looks again, now and then, at the originals a site has reposted, so a repost whose original
/// has disappeared can send readers to the web archive's copy instead of a dead link. An
/// original is gone when it answers 404 or 410, or has been unreachable for a week. Each check
/// is claimed by moving the original's CheckedAt forward with a conditional update, which only
/// one server can win.
/// </summary>
public sealed class OriginalChecker(IServiceScopeFactory scopes, GuardedFetcher fetcher, IOptions<CurationOptions> options, TimeProvider clock, ILogger<OriginalChecker> logger)
    : PeriodicJob(options.Value.OriginalCheckInterval, clock, logger)
{
    private const int Batch = 20;
    private static readonly TimeSpan UnreachableForGone = TimeSpan.FromDays(7);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => CheckDueAsync(cancellationToken);

    /// <summary>Checks the originals due a look that this server can claim; returns how many.</summary>
    public async Task<int> CheckDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var cache = scope.ServiceProvider.GetRequiredService<IOutputCacheStore>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var dueBefore = now - options.Value.OriginalRecheck;
        // Across all sites, on purpose: this is platform work, not a request of one site.
        var originals = db.CuratedOriginals.AcrossSites(CrossSiteReason.PlatformJob);
        var due = await originals.AsNoTracking()
            .Where(o => (o.CheckedAt ?? o.CreatedAt) < dueBefore)
            .OrderBy(o => o.CheckedAt ?? o.CreatedAt).Take(Batch).ToListAsync(cancellationToken);

        var checkedCount = 0;
        foreach (var original in due)
        {
            var claimed = await originals.Where(o => o.Id == original.Id && (o.CheckedAt ?? o.CreatedAt) < dueBefore)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.CheckedAt, now), cancellationToken);
            if (claimed == 0) continue; // another server has it
            var (goneSince, unreachableSince) = await LookAsync(original, now, cancellationToken);
            await originals.Where(o => o.Id == original.Id).ExecuteUpdateAsync(o => o
                .SetProperty(x => x.GoneSince, goneSince).SetProperty(x => x.UnreachableSince, unreachableSince), cancellationToken);
            if ((goneSince is null) != (original.GoneSince is null)) await cache.EvictByTagAsync(CacheTags.Post(original.PostId), cancellationToken);
            checkedCount++;
        }
        return checkedCount;
    }

    private async Task<(DateTime? GoneSince, DateTime? UnreachableSince)> LookAsync(CuratedOriginal original, DateTime now, CancellationToken cancellationToken)
    {
        var answer = await fetcher.FetchAsync(new FetchRequest(new Uri(original.Url), Accept: "text/html"), cancellationToken);
        if (answer.Succeeded) return (null, null);
        if (answer.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone) return (original.GoneSince ?? now, null);
        // A server that is down today may be back tomorrow: only a week of failures means gone.
        var unreachableSince = original.UnreachableSince ?? now;
        return (now - unreachableSince >= UnreachableForGone ? original.GoneSince ?? now : original.GoneSince, unreachableSince);
    }

    /// <summary>The Wayback Machine's latest copy of a page.</summary>
    public static string ArchiveUrl(string originalUrl) => $"https://web.archive.org/web/{originalUrl}";
}
