using SkiaSharp;

namespace Folio.Tests.Media;

/// <summary>Real images made on the spot with SkiaSharp, and a few hand-made oddities.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);
    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);
    public static byte[] Webp(int width, int height) => Encode(width, height, SKEncodedImageFormat.Webp);

    /// <summary>A 1 × 1 GIF, byte by byte (Skia reads GIF but cannot write it).</summary>
    public static byte[] Gif() =>
    [
        .."GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
        0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00,
        0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    /// <summary>
    /// A JPEG as a phone writes it: pixels stored sideways and an EXIF block saying "turn a quarter
    /// clockwise to show" (orientation 6), which is also the metadata copies must not carry.
    /// </summary>
    public static byte[] SidewaysPhoneJpeg(int storedWidth, int storedHeight)
    {
        byte[] exif =
        [
            .."Exif\0\0"u8,
            .."MM"u8, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, // big-endian TIFF header, first directory at 8
            0x00, 0x01, // one entry
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, // Orientation (SHORT) = 6
            0x00, 0x00, 0x00, 0x00, // no next directory
        ];
        var length = exif.Length + 2;
        var jpeg = Jpeg(storedWidth, storedHeight);
        // The APP1 segment goes right after the start-of-image marker, where cameras put it.
        return [.. jpeg[..2], 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif, .. jpeg[2..]];
    }

    /// <summary>A tiny PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = Png(1, 1);
        // Signature (8), IHDR length (4) and type (4), then width and height, big-endian.
        WriteBigEndian(png, 16, (uint)width);
        WriteBigEndian(png, 20, (uint)height);
        WriteBigEndian(png, 29, Crc32(png.AsSpan(12, 17)));
        return png;
    }

    public static bool ContainsBytes(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var sky = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [SKColors.SkyBlue, SKColors.White], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, sky);
            using var sun = new SKPaint { Color = SKColors.Orange, IsAntialias = true };
            canvas.DrawCircle(width * 0.7f, height * 0.3f, Math.Min(width, height) * 0.15f, sun);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static void WriteBigEndian(byte[] bytes, int offset, uint value)
    {
        bytes[offset] = (byte)(value >> 24);
        bytes[offset + 1] = (byte)(value >> 16);
        bytes[offset + 2] = (byte)(value >> 8);
        bytes[offset + 3] = (byte)value;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
