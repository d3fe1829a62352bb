using Folio.Features.Fetching;
using Folio.Features.Media;

namespace Folio.Features.Curation;

/// <summary>
/// Copies an imported article's picture into the site's media library, through the guarded
/// fetcher and the same checks as an upload, so pages serve it themselves and readers' browsers
/// never ask a third party for it (STYLE.md: no third-party requests).
/// </summary>
public sealed class FeaturedImages(GuardedFetcher fetcher, UploadMediaHandler media)
{
    /// <summary>The site-relative URL of the stored copy, or null when the image could not be fetched or is not one.</summary>
    public async Task<string?> CopyAsync(Uri imageUrl, long uploaderId, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(new FetchRequest(imageUrl, Accept: "image/*"), cancellationToken);
        if (!fetched.Succeeded) return null;
        var name = imageUrl.Segments.LastOrDefault()?.Trim('/') is { Length: > 0 } last ? Uri.UnescapeDataString(last) : "featured-image";
        await using var content = new MemoryStream(fetched.Body);
        var stored = await media.StoreAsync(new UploadMedia(name, content, ""), uploaderId, cancellationToken);
        return stored.Item is { } item ? MediaUrls.Of(item) : null;
    }
}
