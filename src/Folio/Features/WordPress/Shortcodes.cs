using System.Net;
using System.Text.RegularExpressions;

namespace Folio.Features.WordPress;

/// <summary>
/// The WordPress shortcodes common enough to matter, rendered as the HTML WordPress would show:
/// <c>[caption]</c> as a figure, <c>[gallery]</c> as its images, <c>[embed]</c>, <c>[audio]</c>
/// and <c>[video]</c> as links. Any other shortcode stays as the text it is: nothing is run.
/// </summary>
public static partial class Shortcodes
{
    /// <summary>Renders the known shortcodes; <paramref name="attachmentUrl"/> finds a gallery image by its WordPress ID.</summary>
    public static string Render(string html, Func<long, string?> attachmentUrl) =>
        Known().Replace(html, match =>
        {
            var attributes = Attributes(match.Groups["attributes"].Value);
            var inner = match.Groups["inner"].Success ? match.Groups["inner"].Value : "";
            return match.Groups["name"].Value switch
            {
                "caption" or "wp_caption" => Caption(attributes, inner),
                "gallery" => Gallery(attributes, attachmentUrl),
                "embed" => Link(inner.Trim()),
                _ => Link(attributes.GetValueOrDefault("src") ?? attributes.GetValueOrDefault("mp3") ?? attributes.GetValueOrDefault("mp4") ?? inner.Trim()),
            };
        });

    /// <summary>
    /// <c>[caption id="attachment_7" width="300"]&lt;img …&gt; The caption[/caption]</c>: the caption is
    /// the text after the image (or link around it), or the older <c>caption="…"</c> attribute.
    /// </summary>
    private static string Caption(Dictionary<string, string> attributes, string inner)
    {
        var split = ImageThenText().Match(inner);
        var (image, text) = split.Success ? (split.Groups["image"].Value, split.Groups["text"].Value.Trim()) : (inner, "");
        if (text.Length == 0 && attributes.TryGetValue("caption", out var caption)) text = caption;
        return text.Length == 0 ? $"<figure class=\"wp-caption\">{image}</figure>" : $"<figure class=\"wp-caption\">{image}<figcaption>{text}</figcaption></figure>";
    }

    private static string Gallery(Dictionary<string, string> attributes, Func<long, string?> attachmentUrl)
    {
        var images = (attributes.GetValueOrDefault("ids") ?? attributes.GetValueOrDefault("include") ?? "")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(id => long.TryParse(id, out var number) ? attachmentUrl(number) : null)
            .OfType<string>()
            .Select(url => $"<li><img src=\"{WebUtility.HtmlEncode(url)}\" alt=\"\"></li>")
            .ToList();
        return images.Count == 0 ? "" : $"<ul class=\"wp-gallery\">{string.Concat(images)}</ul>";
    }

    private static string Link(string url) =>
        Uri.TryCreate(WebUtility.HtmlDecode(url), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"<p><a href=\"{WebUtility.HtmlEncode(uri.AbsoluteUri)}\">{WebUtility.HtmlEncode(uri.AbsoluteUri)}</a></p>"
            : "";

    private static Dictionary<string, string> Attributes(string text) =>
        Attribute().Matches(text).ToDictionary(
            m => m.Groups["name"].Value.ToLowerInvariant(),
            m => WebUtility.HtmlDecode(m.Groups["double"].Success ? m.Groups["double"].Value : m.Groups["single"].Success ? m.Groups["single"].Value : m.Groups["bare"].Value),
            StringComparer.Ordinal);

    // [name attributes]inner[/name], or a self-closing [name attributes] for those that take no content.
    [GeneratedRegex(@"\[(?<name>caption|wp_caption|embed|audio|video)\b(?<attributes>[^\]]*)\](?<inner>.*?)\[/\k<name>\]|\[(?<name>gallery|audio|video)\b(?<attributes>[^\]]*)\]", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Known();

    [GeneratedRegex(@"^\s*(?<image>(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(?<text>.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageThenText();

    [GeneratedRegex(@"(?<name>[\w-]+)\s*=\s*(?:""(?<double>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s""']+))", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
