using Folio.Data;
using Folio.Features.Curation;
using Folio.Features.Media;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.WordPress;

/// <summary>An attachment's local copy, whether an earlier import made it, or why there is none.</summary>
public sealed record AttachmentCopy(string? LocalUrl, bool WasThere, string? Problem);

/// <summary>
/// Copies WordPress attachments into the site's media library through the guarded fetcher, once:
/// the media item's (site, WordPress ID) key settles it, however many imports run.
/// Attachments that cannot be copied (unreachable, not an image, too large) stay links to the original.
/// </summary>
public sealed class ImportedAttachments(FolioDbContext db, FeaturedImages images, Localizer T)
{
    public async Task<AttachmentCopy> CopyAsync(long wordPressId, string url, long uploaderId, CancellationToken cancellationToken)
    {
        // Only spares a download: the unique key below is what decides.
        if (await LocalUrlAsync(wordPressId, cancellationToken) is { } there) return new AttachmentCopy(there, WasThere: true, null);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return new AttachmentCopy(null, false, T["its address is not a full URL"]);
        try
        {
            var copied = await images.CopyAsync(uri, uploaderId, wordPressId, cancellationToken);
            return copied.Item is { } item ? new AttachmentCopy(MediaUrls.Of(item), false, null) : new AttachmentCopy(null, false, copied.Problem);
        }
        catch (DbUpdateException raced) when (UniqueViolation.Is(raced))
        {
            db.ChangeTracker.Clear();
            return new AttachmentCopy(await LocalUrlAsync(wordPressId, cancellationToken), WasThere: true, null);
        }
    }

    private async Task<string?> LocalUrlAsync(long wordPressId, CancellationToken cancellationToken) =>
        await db.Media.AsNoTracking().Where(m => m.WordPressId == wordPressId).Select(m => m.StoredName).FirstOrDefaultAsync(cancellationToken) is { } name
            ? MediaUrls.Prefix + name
            : null;
}
