using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Markdig;

namespace Folio.Features.Posts;

/// <summary>
/// Turns what an author wrote into the HTML a page prints: Markdown through Markdig
/// (CommonMark), then everything, Markdown output and pasted HTML alike, through an
/// allow-list sanitiser. Runs at write time (<see cref="PostBody.Render"/>, the one way to set a
/// post's HTML), so reading a post costs nothing here.
/// </summary>
public static class PostBodyRenderer
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    /// <summary>The safe HTML of a body; throws <see cref="MarkupRefusedException"/> for one nested too deeply to parse.</summary>
    public static string ToSafeHtml(string body, BodyFormat format)
    {
        var html = format == BodyFormat.Markdown ? MarkupLimits.MarkdownToHtml(body, Markdown) : body;
        MarkupLimits.CheckHtml(html);
        // What HtmlSanitizer.Sanitize does, with the style attributes mended between parsing and sanitising (StyleQuotes).
        using var document = Sanitizer.HtmlParserFactory().ParseDocument("<!doctype html><html><body>" + html);
        var content = document.Body!;
        StyleQuotes.DoubleQuoteStyles(content);
        Sanitizer.SanitizeDom(document, content);
        return content.ChildNodes.ToHtml(Sanitizer.OutputFormatter);
    }

    /// <summary>The text of some HTML, whitespace collapsed, cut at a word boundary with an ellipsis.</summary>
    public static string ToPlainText(string html, int maxLength)
    {
        var body = new HtmlParser().ParseDocument(html).Body!;
        var text = new StringBuilder();
        foreach (var node in body.Descendants())
        {
            if (node is IText textNode) text.Append(textNode.Data);
            // Blocks would otherwise run together: "<p>a</p><p>b</p>" reads "a b", not "ab".
            else if (node is IElement element && BlockElements.Contains(element.LocalName)) text.Append(' ');
        }
        var collapsed = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= maxLength) return collapsed;
        var cut = collapsed.LastIndexOf(' ', maxLength);
        return collapsed[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', '.') + "…";
    }

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "br", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "tr", "td", "th", "figure", "figcaption", "hr", "section", "article", "header", "footer",
    ];

    private static readonly string[] FormTags =
        ["form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "keygen", "output", "label", "fieldset", "legend"];

    private static readonly string[] FormAttributes =
        ["name", "action", "method", "enctype", "accept", "accept-charset", "autocomplete", "novalidate", "placeholder", "required", "pattern",
         "for", "list", "autosave", "challenge", "keytype", "readonly", "maxlength", "min", "max", "step", "multiple", "selected"];

    /// <summary>What Markdig writes for <c>- [x] done</c>: <c>&lt;input disabled="disabled" type="checkbox" checked="checked" /&gt;</c>.</summary>
    private static bool IsTaskListBox(IElement element) =>
        element is { LocalName: "input" } && element.GetAttribute("type") == "checkbox" && element.HasAttribute("disabled")
        && element.Attributes.All(attribute => attribute.Name is "type" or "disabled" or "checked");

    private static readonly string[] MediaTags = ["audio", "video", "source", "track"];

    // Configured once, then only Sanitize() is called: documented as safe across threads.
    // Declared after the lists it is made from: static fields are set in the order they are written.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("class");
        // No post may collect what readers type (a fake log-in on a trusted site) or pin a box
        // over the page: form controls, their names and positioning leave the library's defaults.
        foreach (var tag in FormTags) sanitizer.AllowedTags.Remove(tag);
        foreach (var attribute in FormAttributes) sanitizer.AllowedAttributes.Remove(attribute);
        sanitizer.AllowedCssProperties.Remove("position");
        // The browser's own players (WordPress's [audio] and [video]), which ask the file's site for
        // nothing until the reader presses play: preload is always "none", and a poster, fetched
        // at once, must be one of the site's own images.
        sanitizer.AllowedTags.UnionWith(MediaTags);
        sanitizer.AllowedAttributes.UnionWith(["controls", "preload", "poster", "loop", "muted", "playsinline"]);
        sanitizer.UriAttributes.Add("poster");
        // Markdown's task lists are the one input kept: a disabled checkbox shows a state and takes nothing.
        sanitizer.RemovingTag += (_, e) => e.Cancel = IsTaskListBox(e.Tag);
        // A link that opens a new tab must not hand the opener to the other site.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link && link.GetAttribute("target") is not null)
                link.SetAttribute("rel", "noopener noreferrer");
            if (e.Node is IElement { LocalName: "audio" or "video" } player)
            {
                player.SetAttribute("preload", "none");
                if (player.GetAttribute("poster") is { } poster && !(poster.StartsWith('/') && !poster.StartsWith("//", StringComparison.Ordinal)))
                    player.RemoveAttribute("poster");
            }
        };
        return sanitizer;
    }
}
