using System.Text.RegularExpressions;

namespace Folio.Features.WordPress;

/// <summary>
/// Paths of files under WordPress's uploads folder, <c>/wp-content/uploads/2019/03/harbour.jpg</c>
/// (or a multisite's <c>/wp-content/uploads/sites/2/…</c>): what follows the folder names the
/// upload, and WordPress's smaller sizes are files beside it, <c>harbour-300x200.jpg</c>, as is the
/// original of a large one it named <c>harbour-scaled.jpg</c>.
/// </summary>
public static partial class UploadsPaths
{
    public const string Folder = "/wp-content/uploads/";

    /// <summary>The path after the uploads folder, unescaped; or null when the path has no uploads folder.</summary>
    public static string? Of(string absolutePath)
    {
        var path = Uri.UnescapeDataString(absolutePath);
        var start = path.IndexOf(Folder, StringComparison.OrdinalIgnoreCase);
        return start < 0 ? null : path[(start + Folder.Length)..];
    }

    /// <summary>The path of the upload a size was made from: <c>2019/03/harbour-300x200.jpg</c> → <c>2019/03/harbour.jpg</c>.</summary>
    public static string WithoutSize(string path) => WordPressSize().Replace(path, "");

    [GeneratedRegex(@"-(?:\d+x\d+|scaled)(?=\.[A-Za-z0-9]+$)")]
    private static partial Regex WordPressSize();
}
