using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Media;

/// <summary>The read side of the current site's media library.</summary>
public sealed class MediaQueries(FolioDbContext db)
{
    /// <summary>Every item of the site, newest first.</summary>
    public async Task<IReadOnlyList<MediaItem>> LibraryAsync(CancellationToken cancellationToken) =>
        await db.Media.AsNoTracking()
            .OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The site's item whose original is stored under this name, or null when the site has none.</summary>
    public Task<MediaItem?> ByStoredNameAsync(string storedName, CancellationToken cancellationToken) =>
        db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.StoredName == storedName, cancellationToken);

    /// <summary>The site's item at this site-relative URL (<see cref="MediaUrls.Of"/>), or null.</summary>
    public Task<MediaItem?> ByUrlAsync(string url, CancellationToken cancellationToken) =>
        url.StartsWith(MediaUrls.Prefix, StringComparison.Ordinal)
            ? ByStoredNameAsync(url[MediaUrls.Prefix.Length..], cancellationToken)
            : Task.FromResult<MediaItem?>(null);
}
