using SkiaSharp;

namespace Folio.Features.Media;

/// <summary>
/// Cameras store pixels as the sensor saw them and say in EXIF how to turn them. Resized copies
/// carry no EXIF, so the turn is baked into their pixels instead.
/// </summary>
internal static class ImageOrientation
{
    /// <summary>Whether the picture as shown is the stored pixels turned a quarter (width and height swap).</summary>
    public static bool SwapsAxes(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Maps stored pixels (<paramref name="width"/> × <paramref name="height"/>) to where they show.</summary>
    public static SKMatrix Matrix(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => Affine(-1, 0, width, 0, 1, 0),
        SKEncodedOrigin.BottomRight => Affine(-1, 0, width, 0, -1, height),
        SKEncodedOrigin.BottomLeft => Affine(1, 0, 0, 0, -1, height),
        SKEncodedOrigin.LeftTop => Affine(0, 1, 0, 1, 0, 0),
        SKEncodedOrigin.RightTop => Affine(0, -1, height, 1, 0, 0),
        SKEncodedOrigin.RightBottom => Affine(0, -1, height, -1, 0, width),
        SKEncodedOrigin.LeftBottom => Affine(0, 1, 0, -1, 0, width),
        _ => SKMatrix.Identity,
    };

    // x' = scaleX·x + skewX·y + transX; y' = skewY·x + scaleY·y + transY.
    private static SKMatrix Affine(float scaleX, float skewX, float transX, float skewY, float scaleY, float transY) =>
        new(scaleX, skewX, transX, skewY, scaleY, transY, 0, 0, 1);
}
