using System.Text.RegularExpressions;
using Folio.Features.Media;

namespace Folio.Features.WordPress;

/// <summary>
/// A post's HTML as an export carries it: the site's own images addressed in full, since the
/// file is read elsewhere (by WordPress, or by another Folio site, whose import copies them).
/// </summary>
public static partial class ExportedBodies
{
    public static string WithAbsoluteMedia(string html, Func<string, string> siteUrl) =>
        MediaAddress().Replace(html, match => siteUrl(match.Value));

    /// <summary>A site-relative media address inside a src, href or srcset attribute.</summary>
    [GeneratedRegex(@"(?<=\b(?:src|href|srcset)=[""'](?:[^""']*?[\s,])?)" + MediaUrls.Prefix + @"[^\s""',]+", RegexOptions.IgnoreCase)]
    private static partial Regex MediaAddress();
}
