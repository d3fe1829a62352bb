using System.Text.RegularExpressions;
using Folio.Features.Media;
using Folio.Features.Posts;

namespace Folio.Features.WordPress;

/// <summary>
/// A post's HTML as an export carries it: the site's own images addressed in full, since the
/// file is read elsewhere (by WordPress, or by another Folio site, whose import copies them).
/// </summary>
public static partial class ExportedBodies
{
    /// <summary>
    /// The post's words as block markup (<see cref="BlockMarkup"/>); words its author wrote as
    /// block markup already keep their blocks as written, sanitised as the post page shows them.
    /// </summary>
    public static string AsBlocks(Post post, Func<string, string> siteUrl) =>
        WithAbsoluteMedia(post.BodyFormat == BodyFormat.Html && BlockMarkup.IsBlockMarkup(post.Body) ? BlockMarkup.Sanitized(post.Body) : BlockMarkup.FromHtml(post.BodyHtml), siteUrl);

    public static string WithAbsoluteMedia(string html, Func<string, string> siteUrl) =>
        MediaAddress().Replace(html, match => siteUrl(match.Value));

    /// <summary>A site-relative media address inside a src, href or srcset attribute.</summary>
    [GeneratedRegex(@"(?<=\b(?:src|href|srcset)=[""'](?:[^""']*?[\s,])?)" + MediaUrls.Prefix + @"[^\s""',]+", RegexOptions.IgnoreCase)]
    private static partial Regex MediaAddress();
}
