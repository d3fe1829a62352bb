using SkiaSharp;

namespace Folio.Features.Media;

/// <summary>
/// An image format Folio accepts, recognised by the signature in a file's first bytes (never by
/// its name or the browser's claimed type, both of which the uploader controls).
/// </summary>
public sealed record ImageKind(string Name, string ContentType, string Extension, SKEncodedImageFormat Format)
{
    public static readonly ImageKind Jpeg = new("JPEG", "image/jpeg", "jpg", SKEncodedImageFormat.Jpeg);
    public static readonly ImageKind Png = new("PNG", "image/png", "png", SKEncodedImageFormat.Png);
    public static readonly ImageKind Gif = new("GIF", "image/gif", "gif", SKEncodedImageFormat.Gif);
    public static readonly ImageKind Webp = new("WebP", "image/webp", "webp", SKEncodedImageFormat.Webp);

    /// <summary>How many leading bytes <see cref="Detect"/> needs to tell every accepted format apart.</summary>
    public const int SignatureLength = 12;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format whose signature starts these bytes, or null when none does.</summary>
    public static ImageKind? Detect(ReadOnlySpan<byte> head)
    {
        if (head is [0xFF, 0xD8, 0xFF, ..]) return Jpeg;
        if (head.StartsWith(PngSignature)) return Png;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif;
        // RIFF, four bytes of length, then the form type.
        if (head.Length >= SignatureLength && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return Webp;
        return null;
    }
}
