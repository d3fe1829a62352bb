using Folio.Features.Fetching;
using Folio.Features.Media;
using Folio.Features.WordPress;

namespace Folio.Features.Curation;

/// <summary>An image copied into the library, or why it could not be.</summary>
public sealed record CopiedImage(MediaItem? Item, string? Problem);

/// <summary>
/// Copies a picture from the web into the site's media library, through the guarded fetcher and
/// the same checks as an upload, so pages serve it themselves and readers' browsers never ask a
/// third party for it (STYLE.md: no third-party requests). Used for imported articles' pictures
/// and for WordPress attachments.
/// </summary>
public sealed class FeaturedImages(GuardedFetcher fetcher, UploadMediaHandler media)
{
    /// <summary>The site-relative URL of the stored copy, or null when the image could not be fetched or is not one.</summary>
    public async Task<string?> CopyAsync(Uri imageUrl, long uploaderId, CancellationToken cancellationToken) =>
        (await CopyAsync(imageUrl, uploaderId, wordPressId: null, cancellationToken)).Item is { } item ? MediaUrls.Of(item) : null;

    /// <summary>
    /// The stored item, or the problem in words. With <paramref name="wordPressId"/>, the insert
    /// claims that attachment: a second copy throws the database's unique violation, and leaves no file.
    /// </summary>
    public async Task<CopiedImage> CopyAsync(Uri imageUrl, long uploaderId, long? wordPressId, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(new FetchRequest(imageUrl, Accept: "image/*"), cancellationToken);
        if (!fetched.Succeeded) return new CopiedImage(null, fetched.Error);
        var name = imageUrl.Segments.LastOrDefault()?.Trim('/') is { Length: > 0 } last ? Uri.UnescapeDataString(last) : "featured-image";
        await using var content = new MemoryStream(fetched.Body);
        var stored = await media.StoreAsync(new UploadMedia(name, content, "") { WordPressId = wordPressId, WordPressPath = WordPressPathOf(imageUrl, wordPressId) }, uploaderId, cancellationToken);
        return new CopiedImage(stored.Item, stored.Refusal?.Message);
    }

    /// <summary>A WordPress attachment's path under its uploads folder; an article's picture has none.</summary>
    private static string? WordPressPathOf(Uri imageUrl, long? wordPressId) =>
        wordPressId is null ? null : UploadsPaths.Of(imageUrl.AbsolutePath) is { Length: > 0 and <= MediaItem.WordPressPathLength } path ? UploadsPaths.WithoutSize(path) : null;
}
