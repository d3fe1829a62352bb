using System.Globalization;

namespace Folio.Features.Media;

/// <summary>
/// Addresses of a site's images, relative to the site's host, for pages, the post editor and the
/// design customiser. Files never change once stored, so these URLs may be cached for good.
/// </summary>
public static class MediaUrls
{
    public const string Prefix = "/media/";

    /// <summary>The original, e.g. <c>/media/2026/11/3f…e1.jpg</c>.</summary>
    public static string Of(MediaItem item) => Prefix + item.StoredName;

    /// <summary>
    /// The smallest file at least <paramref name="width"/> pixels wide: a copy, or the original
    /// when no copy is that wide. For a thumbnail or a <c>src</c> beside <see cref="Srcset"/>.
    /// </summary>
    public static string AtLeast(MediaItem item, int width) =>
        MediaNames.CopyWidths(item.Sizes).Where(copy => copy >= width).Order().Select(copy => Copy(item, copy)).FirstOrDefault()
            ?? Of(item);

    /// <summary>Every file of the item with its width, for <c>srcset</c>: <c>/media/…-480.jpg 480w, …, /media/….jpg 2400w</c>.</summary>
    public static string Srcset(MediaItem item) =>
        string.Join(", ", MediaNames.CopyWidths(item.Sizes).Order()
            .Select(width => $"{Copy(item, width)} {width.ToString(CultureInfo.InvariantCulture)}w")
            .Append($"{Of(item)} {item.Width.ToString(CultureInfo.InvariantCulture)}w"));

    private static string Copy(MediaItem item, int width) => Prefix + MediaNames.CopyName(item.StoredName, width);
}
