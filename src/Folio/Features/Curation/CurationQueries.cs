using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Curation;

/// <summary>A publication that carried the same story as a repost.</summary>
public sealed record AlsoReportedView(string Name, string Url);

/// <summary>What a repost's page says besides the link to its original: who else carried the story, and where the original went if it is gone.</summary>
public sealed record RepostView(IReadOnlyList<AlsoReportedView> AlsoReportedBy, string? ArchiveUrl)
{
    public static RepostView None { get; } = new([], null);
}

/// <summary>Reads of the current site's curation: what readers see beside a repost, and the dashboard's lists.</summary>
public sealed class CurationQueries(FolioDbContext db)
{
    public async Task<RepostView> RepostAsync(long postId, CancellationToken cancellationToken)
    {
        var originals = await db.CuratedOriginals.AsNoTracking().Where(o => o.PostId == postId)
            .Select(o => new { o.AlsoReportedBy, o.Url, o.GoneSince }).ToListAsync(cancellationToken);
        if (originals.Count == 0) return RepostView.None;
        var alsoReportedBy = originals.SelectMany(o => o.AlsoReportedBy.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .Select(parts => new AlsoReportedView(parts[0], parts[1]))
            .DistinctBy(view => view.Name)
            .ToList();
        var gone = originals.FirstOrDefault(o => o.GoneSince is not null);
        return new RepostView(alsoReportedBy, gone is null ? null : OriginalChecker.ArchiveUrl(gone.Url));
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
