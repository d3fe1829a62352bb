using System.Text.RegularExpressions;
using Folio.Features.Media;

namespace Folio.Features.Themes;

/// <summary>An uploaded image a design may use, by its site-relative URL.</summary>
public sealed record SiteImageView(string Url, string Label);

/// <summary>The current site's uploaded images, which are all a header image or site icon may be.</summary>
public sealed partial class SiteImages(MediaQueries media)
{
    /// <summary>The site's images, newest first.</summary>
    public async Task<IReadOnlyList<SiteImageView>> ListAsync(CancellationToken cancellationToken) =>
        (await media.LibraryAsync(cancellationToken))
            .Select(m => new SiteImageView(MediaUrls.Of(m), m.OriginalName.Length > 0 ? m.OriginalName : m.StoredName))
            .ToList();

    /// <summary>Whether the URL is that of one of the current site's images.</summary>
    public async Task<bool> IsSiteImageAsync(string url, CancellationToken cancellationToken) =>
        IsMediaUrl(url) && await media.ByUrlAsync(url, cancellationToken) is not null;

    /// <summary>
    /// Whether the URL has the shape of a media URL (a stored name under <c>/media/</c>, never climbing out of it), so a
    /// page may write it into an attribute even if it reached the database some other way.
    /// </summary>
    public static bool IsMediaUrl(string? url) => url is not null && MediaUrl().IsMatch(url);

    [GeneratedRegex(@"^/media/(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]{0,99}\z")]
    private static partial Regex MediaUrl();
}
