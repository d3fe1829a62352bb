using Folio.Data;

namespace Folio.Features.Media;

/// <summary>An uploaded image of a site, with the responsive sizes made from it.</summary>
public class MediaItem : ISiteOwned
{
    public const int WordPressPathLength = 500;

    public long Id { get; set; }
    public long SiteId { get; set; }
    public long UploaderId { get; set; }

    /// <summary>The name the file had on the uploader's machine (for display only).</summary>
    public string OriginalName { get; set; } = "";

    /// <summary>The stored file's name under the site's media folder (never from user input).</summary>
    public string StoredName { get; set; } = "";

    /// <summary>The type found in the file's content, not its name: image/jpeg, image/png, image/webp, image/gif.</summary>
    public string ContentType { get; set; } = "";

    public int Width { get; set; }
    public int Height { get; set; }
    public long Bytes { get; set; }
    public string AltText { get; set; } = "";

    /// <summary>Widths of the generated smaller copies, comma separated (for srcset).</summary>
    public string Sizes { get; set; } = "";

    public DateTime UploadedAt { get; set; }

    /// <summary>
    /// The attachment's ID in the WordPress site it was imported from, or null; unique within the
    /// site, so an attachment is downloaded once however often its export is imported.
    /// </summary>
    public long? WordPressId { get; set; }

    /// <summary>
    /// For an imported attachment, its path under WordPress's <c>/wp-content/uploads/</c> without
    /// WordPress's size suffix (<c>2019/03/harbour.jpg</c> for <c>harbour-scaled.jpg</c>): links
    /// there to the upload and to each of its sizes lead to this file.
    /// </summary>
    public string? WordPressPath { get; set; }
}
