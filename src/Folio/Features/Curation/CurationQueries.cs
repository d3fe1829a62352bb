using Folio.Data;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Curation;

/// <summary>A publication, or another site of the platform, that carried the same story as a repost.</summary>
public sealed record AlsoReportedView(string Name, string Url);

/// <summary>What a repost's page says besides the link to its original: who else carried the story, and where the original went if it is gone.</summary>
public sealed record RepostView(IReadOnlyList<AlsoReportedView> AlsoReportedBy, string? ArchiveUrl)
{
    public static RepostView None { get; } = new([], null);
}

/// <summary>Reads of the current site's curation: what readers see beside a repost, and the dashboard's lists.</summary>
public sealed class CurationQueries(FolioDbContext db, CurrentSite currentSite, RepostsElsewhere elsewhere)
{
    /// <summary>
    /// What the repost's page says of its story: the publications its sources found it in, then the
    /// platform's other sites that reposted it publicly (linked by <paramref name="siteUrl"/>).
    /// </summary>
    public async Task<RepostView> RepostAsync(PostView post, Func<SiteView, string, string> siteUrl, CancellationToken cancellationToken)
    {
        var originals = await db.CuratedOriginals.AsNoTracking().Where(o => o.PostId == post.Id)
            .Select(o => new { o.UrlHash, o.AlsoReportedBy, o.Url, o.GoneSince }).ToListAsync(cancellationToken);
        // A repost written in the editor has no original of its own here, but its address finds those of other sites.
        var articles = originals.Select(o => o.UrlHash)
            .Concat(Uri.TryCreate(post.OriginalUrl, UriKind.Absolute, out var original) ? [OriginalUrls.Hash(original)] : [])
            .Distinct().ToList();
        var sources = originals.SelectMany(o => o.AlsoReportedBy.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .Select(parts => new AlsoReportedView(parts[0], parts[1]));
        var sites = (await elsewhere.PublicAsync(articles, currentSite.Required.Id, cancellationToken))
            .Select(repost => new AlsoReportedView(repost.Site.Title, siteUrl(repost.Site, repost.Path)));
        var alsoReportedBy = sources.Concat(sites).DistinctBy(view => view.Name).ToList();
        var gone = originals.FirstOrDefault(o => o.GoneSince is not null);
        return alsoReportedBy.Count == 0 && gone is null
            ? RepostView.None
            : new RepostView(alsoReportedBy, gone is null ? null : OriginalChecker.ArchiveUrl(gone.Url));
    }

    public async Task<IReadOnlyList<Source>> SourcesAsync(CancellationToken cancellationToken) =>
        await db.Sources.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    public Task<Source?> SourceAsync(long id, CancellationToken cancellationToken) =>
        db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>The source's log, latest first.</summary>
    public async Task<IReadOnlyList<SourceItem>> RecentItemsAsync(long sourceId, int count, CancellationToken cancellationToken) =>
        await db.SourceItems.AsNoTracking().Where(i => i.SourceId == sourceId)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(count).ToListAsync(cancellationToken);
}
