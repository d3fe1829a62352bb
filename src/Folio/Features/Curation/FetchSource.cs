using Folio.Data;
using Folio.Features.Curation.Feeds;
using Folio.Features.Fetching;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Curation;

/// <summary>What one fetch of a source came to: the new items and their fate, or the error.</summary>
public sealed record FetchSourceResult(string SourceName, IReadOnlyList<ItemReport> Items, string? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>Whether the source was there to fetch (on this site) at all.</summary>
    public bool Found { get; private init; } = true;

    internal static FetchSourceResult NotFound { get; } = new("", [], "That source does not exist on this site.") { Found = false };
}

/// <summary>
/// Fetches one source of the current site now: a conditional GET with the stored validators,
/// parse, import each new item, and the source's health record updated either way. The poller,
/// the dashboard's "Fetch now" and the command line all come here.
/// </summary>
public sealed class FetchSourceHandler(
    FolioDbContext db, GuardedFetcher fetcher, FeedParser parser, ItemImporter importer, IOptions<CurationOptions> options, TimeProvider clock)
{
    private const string FeedTypes = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5";

    /// <summary>Fetches and imports the source now; <paramref name="progress"/> is told of each item as it is decided, for long runs.</summary>
    public async Task<FetchSourceResult> HandleAsync(long sourceId, IProgress<ItemReport>? progress = null, CancellationToken cancellationToken = default)
    {
        // The source's log is stored and read by anyone, so it is kept in English, as the rules'
        // reasons are, whoever fetches (a Russian dashboard's "Fetch now", the poller on any machine).
        using var english = LanguageScope.Of(Catalogues.English);
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null) return FetchSourceResult.NotFound;

        var validators = new FetchValidators(source.ETag, source.LastModified);
        var fetched = await fetcher.FetchAsync(new FetchRequest(new Uri(source.FeedUrl), validators, FeedTypes), cancellationToken);
        if (fetched.Outcome == FetchOutcome.NotModified)
            return await SucceededAsync(source, fetched.Validators, [], "not modified since the last fetch", cancellationToken);
        if (!fetched.Succeeded) return await FailedAsync(source, fetched.Error!, cancellationToken);
        var parsed = parser.Parse(fetched.Body, fetched.Url);
        if (parsed.Feed is not { } feed) return await FailedAsync(source, $"not a feed Folio can read: {parsed.Error}", cancellationToken);

        var reports = new List<ItemReport>();
        var known = await KnownKeysAsync(source.Id, feed.Items, cancellationToken);
        // Feeds list the newest first; importing oldest first keeps the site's order the same.
        foreach (var item in feed.Items.Reverse())
        {
            // A changed feed mostly repeats items already taken; the claim's unique key would refuse
            // each of them too, but one read spares an attempted insert per item.
            if (known.Contains(ItemImporter.KeyOf(item))) continue;
            if (await importer.ImportAsync(source, item, cancellationToken) is not { } report) continue;
            reports.Add(report);
            progress?.Report(report);
        }
        var imported = reports.Count(r => r.Outcome == ItemOutcome.Imported);
        return await SucceededAsync(source, fetched.Validators, reports, $"{imported} imported, {reports.Count - imported} skipped", cancellationToken);
    }

    private async Task<HashSet<string>> KnownKeysAsync(long sourceId, IReadOnlyList<ParsedFeedItem> items, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in items.Select(ItemImporter.KeyOf).Distinct().Chunk(500))
            known.UnionWith(await db.SourceItems.AsNoTracking()
                .Where(i => i.SourceId == sourceId && batch.Contains(i.ItemKey)).Select(i => i.ItemKey).ToListAsync(cancellationToken));
        return known;
    }

    private async Task<FetchSourceResult> SucceededAsync(Source source, FetchValidators validators, List<ItemReport> reports, string result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var imported = reports.Count(r => r.Outcome == ItemOutcome.Imported);
        var skipped = reports.Count - imported;
        var next = now.AddMinutes(Math.Max(source.PollMinutes, 1));
        // Counters add in the statement itself, so a concurrent fetch's counts are not lost.
        await db.Sources.Where(s => s.Id == source.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.ETag, validators.ETag)
            .SetProperty(x => x.LastModified, validators.LastModified)
            .SetProperty(x => x.LastFetchedAt, now)
            .SetProperty(x => x.LastResult, result)
            .SetProperty(x => x.LastError, (string?)null)
            .SetProperty(x => x.ConsecutiveFailures, 0)
            .SetProperty(x => x.ItemsImported, x => x.ItemsImported + imported)
            .SetProperty(x => x.ItemsSkipped, x => x.ItemsSkipped + skipped)
            .SetProperty(x => x.NextFetchAt, next)
            .SetProperty(x => x.LeaseUntil, (DateTime?)null), cancellationToken);
        return new FetchSourceResult(source.Name, reports, null);
    }

    private async Task<FetchSourceResult> FailedAsync(Source source, string error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var failures = source.ConsecutiveFailures + 1;
        var next = now + BackOff.After(failures, source.PollMinutes, options.Value.LongestBackOff);
        var stored = AddSourceHandler.Shorten(error, 1000);
        await db.Sources.Where(s => s.Id == source.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.LastFetchedAt, now)
            .SetProperty(x => x.LastResult, "failed")
            .SetProperty(x => x.LastError, stored)
            .SetProperty(x => x.ConsecutiveFailures, failures)
            .SetProperty(x => x.NextFetchAt, next)
            .SetProperty(x => x.LeaseUntil, (DateTime?)null), cancellationToken);
        return new FetchSourceResult(source.Name, [], error);
    }
}
