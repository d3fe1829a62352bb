using System.ComponentModel.DataAnnotations;

namespace Folio.Features.Media;

/// <summary><c>Folio:Media</c>: limits of image uploads (the folder is <c>Folio:MediaDirectory</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Folio:Media";

    /// <summary>The largest file accepted, in bytes (10 MB by default: a phone photo fits).</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// A request may carry this much beyond the file: the multipart framing, the alt text and the
    /// antiforgery token. Requests larger than the file cap plus this are refused unread.
    /// </summary>
    public const long FormOverheadBytes = 64 * 1024;

    public long MaxRequestBytes => MaxUploadBytes + FormOverheadBytes;

    /// <summary>
    /// A few kilobytes can declare a gigapixel canvas (a decompression bomb): larger images are
    /// refused from their header, before a pixel is decoded. 40 megapixels is more than phones and
    /// most cameras take, and decodes in 160 MB.
    /// </summary>
    [Range(1, long.MaxValue)]
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>How many images are decoded and encoded at once (<see cref="ImageWork"/>); more wait their turn.</summary>
    [Range(1, 256)]
    public int ConcurrentImageWork { get; set; } = 2;
}
