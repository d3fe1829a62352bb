using Folio.Data;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Curation;

/// <summary>
/// Fetches every due source of every site, on a timer and never because someone visited a page.
/// Each source is claimed first by a conditional update of its lease that only one server can
/// win, so a fleet never fetches the same source twice at once; a server that dies mid-fetch
/// leaves the lease to run out and the source to the next poll.
/// </summary>
public sealed class SourcePoller(IServiceScopeFactory scopes, IOptions<CurationOptions> options, TimeProvider clock, ILogger<SourcePoller> logger)
    : PeriodicJob(options.Value.PollInterval, clock, logger)
{
    private const int Batch = 20;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => PollDueAsync(cancellationToken);

    /// <summary>Fetches the due sources this server can claim; returns how many it fetched.</summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        // Across all sites, on purpose: this is platform work, not a request of one site.
        var due = await db.Sources.AcrossSites(CrossSiteReason.PlatformJob).AsNoTracking()
            .Where(s => s.NextFetchAt <= now && (s.LeaseUntil == null || s.LeaseUntil < now))
            .OrderBy(s => s.NextFetchAt).Select(s => new { s.Id, s.SiteId }).Take(Batch).ToListAsync(cancellationToken);

        var fetched = 0;
        foreach (var source in due)
        {
            var leaseUntil = now + options.Value.Lease;
            var claimed = await db.Sources.AcrossSites(CrossSiteReason.PlatformJob)
                .Where(s => s.Id == source.Id && s.NextFetchAt <= now && (s.LeaseUntil == null || s.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseUntil, leaseUntil), cancellationToken);
            if (claimed == 0) continue; // another server has it
            await FetchAsync(source.SiteId, source.Id, cancellationToken);
            fetched++;
        }
        return fetched;
    }

    private async Task FetchAsync(long siteId, long sourceId, CancellationToken cancellationToken)
    {
        await using var siteScope = await scopes.ForSiteAsync(siteId, cancellationToken);
        if (siteScope is not { } scope) return;
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<FetchSourceHandler>().HandleAsync(sourceId, null, cancellationToken);
            if (result.Error is { } error) logger.LogWarning("Source {Source} of site {Site} failed: {Error}", sourceId, siteId, error);
        }
        // One source's bug must not starve the others; its lease runs out and it is tried again.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Fetching source {Source} of site {Site} failed.", sourceId, siteId);
        }
    }
}
