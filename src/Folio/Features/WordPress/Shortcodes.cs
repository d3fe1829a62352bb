using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Folio.Features.WordPress;

/// <summary>
/// The WordPress shortcodes common enough to matter, rendered as the HTML WordPress would show:
/// <c>[caption]</c> as a figure, <c>[gallery]</c> as its images, <c>[embed]</c> as a link,
/// <c>[audio]</c> and <c>[video]</c> as the browser's players. Any other shortcode stays as the text it is: nothing is run.
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
                "audio" => Player("audio", SourceOf(attributes, AudioSources, inner), attributes),
                _ => Player("video", SourceOf(attributes, VideoSources, inner), attributes),
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

    // The attributes WordPress's [audio] and [video] take a file's address in, besides src.
    private static readonly string[] AudioSources = ["src", "mp3", "m4a", "ogg", "wav", "wma", "flac"];
    private static readonly string[] VideoSources = ["src", "mp4", "m4v", "webm", "ogv", "wmv", "flv"];

    private static Uri? SourceOf(Dictionary<string, string> attributes, string[] names, string inner) =>
        names.Select(attributes.GetValueOrDefault).Append(inner.Trim()).Select(WebAddress).FirstOrDefault(uri => uri is not null);

    /// <summary>
    /// WordPress's media player as the browser's own: controls, nothing loaded until asked
    /// (<c>preload="none"</c>, as WordPress does), and a link to the file for browsers without one.
    /// </summary>
    private static string Player(string element, Uri? source, Dictionary<string, string> attributes)
    {
        if (source is null) return "";
        var url = WebUtility.HtmlEncode(source.AbsoluteUri);
        var extras = new StringBuilder();
        if (element == "video")
        {
            foreach (var name in new[] { "width", "height" })
                if (int.TryParse(attributes.GetValueOrDefault(name), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0)
                    extras.Append(CultureInfo.InvariantCulture, $" {name}=\"{pixels}\"");
            if (WebAddress(attributes.GetValueOrDefault("poster")) is { } poster) extras.Append($" poster=\"{WebUtility.HtmlEncode(poster.AbsoluteUri)}\"");
        }
        return $"<{element} class=\"wp-{element}-shortcode\" controls preload=\"none\" src=\"{url}\"{extras}><a href=\"{url}\">{url}</a></{element}>";
    }

    private static Uri? WebAddress(string? url) =>
        Uri.TryCreate(WebUtility.HtmlDecode(url ?? ""), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string Link(string url) =>
        WebAddress(url) is { } uri ? $"<p><a href=\"{WebUtility.HtmlEncode(uri.AbsoluteUri)}\">{WebUtility.HtmlEncode(uri.AbsoluteUri)}</a></p>" : "";

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
