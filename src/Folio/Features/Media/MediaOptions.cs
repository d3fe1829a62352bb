namespace Folio.Features.Media;

/// <summary><c>Folio:Media</c>: limits of image uploads (the folder is <c>Folio:MediaDirectory</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Folio:Media";

    /// <summary>The largest file accepted, in bytes (10 MB by default: a phone photo fits).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// A request may carry this much beyond the file: the multipart framing, the alt text and the
    /// antiforgery token. Requests larger than the file cap plus this are refused unread.
    /// </summary>
    public const long FormOverheadBytes = 64 * 1024;

    public long MaxRequestBytes => MaxUploadBytes + FormOverheadBytes;
}
