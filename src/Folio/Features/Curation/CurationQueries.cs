using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Curation;

/// <summary>A publication that carried the same story as a repost.</summary>
public sealed record AlsoReportedView(string Name, string Url);

/// <summary>Reads of the current site's curation: what readers see beside a repost, and the dashboard's lists.</summary>
public sealed class CurationQueries(FolioDbContext db)
{
    public async Task<IReadOnlyList<AlsoReportedView>> AlsoReportedByAsync(long postId, CancellationToken cancellationToken)
    {
        var lines = await db.CuratedOriginals.AsNoTracking().Where(o => o.PostId == postId)
            .Select(o => o.AlsoReportedBy).ToListAsync(cancellationToken);
        return lines.SelectMany(text => text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .Select(parts => new AlsoReportedView(parts[0], parts[1]))
            .DistinctBy(view => view.Name)
            .ToList();
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
