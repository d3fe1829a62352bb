using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Folio.Features.Media;

/// <summary>
/// How an item's files are named under its site's folder: the original as
/// <c>{yyyy}/{MM}/{random}.{ext}</c> (<see cref="MediaItem.StoredName"/>), each resized copy as
/// <c>{yyyy}/{MM}/{random}-{width}.{ext}</c>. Names are generated, never taken from the uploader,
/// and a request path is served only when it parses back into one.
/// </summary>
public static partial class MediaNames
{
    /// <summary>A fresh name for an original uploaded at this time; random, so a URL cannot be guessed from another.</summary>
    public static string NewStoredName(DateTime uploadedAt, ImageKind kind) =>
        $"{uploadedAt.ToString("yyyy'/'MM", CultureInfo.InvariantCulture)}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10))}.{kind.Extension}";

    /// <summary>The name of the copy of <paramref name="storedName"/> that is <paramref name="width"/> pixels wide.</summary>
    public static string CopyName(string storedName, int width)
    {
        var dot = storedName.LastIndexOf('.');
        return $"{storedName[..dot]}-{width.ToString(CultureInfo.InvariantCulture)}{storedName[dot..]}";
    }

    /// <summary>The widths of an item's copies, from <see cref="MediaItem.Sizes"/>.</summary>
    public static IReadOnlyList<int> CopyWidths(string sizes) =>
        sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(width => int.Parse(width, CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>Every file of an item: its copies and its original.</summary>
    public static IEnumerable<string> AllFiles(MediaItem item) =>
        CopyWidths(item.Sizes).Select(width => CopyName(item.StoredName, width)).Append(item.StoredName);

    /// <summary>
    /// Reads a path under <c>/media/</c> as an item's stored name and, for a copy, its width.
    /// Anything else (other characters, dot segments, other extensions) is not a media path.
    /// </summary>
    public static bool TryParse(string? path, out string storedName, out int? width)
    {
        storedName = "";
        width = null;
        var match = path is null ? Match.Empty : ServedPath().Match(path);
        if (!match.Success) return false;
        storedName = $"{match.Groups["stem"].Value}.{match.Groups["ext"].Value}";
        if (match.Groups["width"].Success) width = int.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture);
        return true;
    }

    [GeneratedRegex(@"^(?<stem>[0-9]{4}/[0-9]{2}/[0-9a-f]{20})(?:-(?<width>[1-9][0-9]{0,4}))?\.(?<ext>jpg|png|gif|webp)\z", RegexOptions.CultureInvariant)]
    private static partial Regex ServedPath();
}
