using SkiaSharp;

namespace Folio.Features.Media;

/// <summary>
/// An uploaded file read with SkiaSharp: its header first (format, size, frames, orientation),
/// its pixels only when asked, so an absurd size is refused before any memory is spent on it.
/// </summary>
internal sealed class UploadedImage : IDisposable
{
    // Mipmaps keep a large reduction (a 6000-pixel photo to 480) smooth instead of jagged.
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    private readonly SKCodec codec;

    private UploadedImage(SKCodec codec) => this.codec = codec;

    /// <summary>The image in this file, or null when Skia finds no image it can read there.</summary>
    public static UploadedImage? Open(string path) => SKCodec.Create(path) is { } codec ? new UploadedImage(codec) : null;

    public SKEncodedImageFormat Format => codec.EncodedFormat;

    /// <summary>Pixels the decoded image would hold, from the header alone.</summary>
    public long PixelCount => (long)codec.Info.Width * codec.Info.Height;

    /// <summary>Width as shown, after the camera's orientation is applied.</summary>
    public int Width => ImageOrientation.SwapsAxes(codec.EncodedOrigin) ? codec.Info.Height : codec.Info.Width;

    /// <summary>Height as shown, after the camera's orientation is applied.</summary>
    public int Height => ImageOrientation.SwapsAxes(codec.EncodedOrigin) ? codec.Info.Width : codec.Info.Height;

    public bool IsAnimated => codec.FrameCount > 1;

    /// <summary>
    /// Decodes every pixel (the first frame of an animation) into sRGB, or returns null when the
    /// file is damaged or cut short: only an image that decodes completely is accepted.
    /// </summary>
    public SKBitmap? DecodePixels()
    {
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        var pixels = new SKBitmap(info);
        if (codec.GetPixels(info, pixels.GetPixels()) == SKCodecResult.Success) return pixels;
        pixels.Dispose();
        return null;
    }

    /// <summary>
    /// A copy <paramref name="width"/> pixels wide, upright, encoded afresh in the original's
    /// format; a new encoding carries none of the original's metadata (EXIF, GPS position).
    /// </summary>
    public SKData EncodeCopy(SKBitmap pixels, int width, ImageKind kind) => Encode(pixels, width, kind, Quality(kind));

    /// <summary>
    /// The whole image, upright, encoded afresh at high quality: what the site publishes as the
    /// original, so a phone photo's GPS position never reaches readers.
    /// </summary>
    public SKData EncodeClean(SKBitmap pixels, ImageKind kind) => Encode(pixels, Width, kind, CleanQuality);

    private const int CleanQuality = 92;

    private SKData Encode(SKBitmap pixels, int width, ImageKind kind, int quality)
    {
        var height = Math.Max(1, (int)Math.Round((double)Height * width / Width));
        using var copy = new SKBitmap(new SKImageInfo(width, height, pixels.ColorType, pixels.AlphaType, pixels.ColorSpace));
        using (var canvas = new SKCanvas(copy))
        using (var image = SKImage.FromBitmap(pixels))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Scale((float)width / Width, (float)height / Height);
            var orientation = ImageOrientation.Matrix(codec.EncodedOrigin, codec.Info.Width, codec.Info.Height);
            canvas.Concat(in orientation);
            canvas.DrawImage(image, 0, 0, Sampling);
        }
        return copy.Encode(kind.Format, quality)
            ?? throw new InvalidOperationException($"Skia could not encode a {kind.Extension} copy.");
    }

    // Near-invisible loss at about a third of the original's bytes; PNG is lossless and ignores it.
    private static int Quality(ImageKind kind) => kind == ImageKind.Webp ? 80 : 82;

    public void Dispose() => codec.Dispose();
}
