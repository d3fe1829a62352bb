using System.Globalization;

namespace Folio.Features.Media;

public static class FileSizes
{
    /// <summary>A number of bytes as people read it: 820 bytes, 34 KB, 2.4 MB.</summary>
    public static string Readable(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
