using Folio.Features.Posts;
using Ganss.Xss;
using Markdig;

namespace Folio.Features.Comments;

/// <summary>
/// Comment text to safe HTML at write time: Markdown (CommonMark), then a small allow-list
/// (paragraphs, emphasis, code, quotes, lists, links). Links may only be http, https or mailto,
/// and carry <c>rel="ugc nofollow noopener"</c>; anything else (scripts, event handlers,
/// <c>javascript:</c> and <c>data:</c> URLs, SVG, MathML, styles) is removed. Setting a
/// <see cref="Comment.Body"/> runs it: no comment is stored without its sanitised HTML.
/// </summary>
public static class CommentRenderer
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAutoLinks().UseSoftlineBreakAsHardlineBreak().Build();

    // Configured once, then only Sanitize() is called: documented as safe across threads.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The safe HTML of a comment; throws <see cref="MarkupRefusedException"/> for one nested too deeply to parse.</summary>
    public static string ToSafeHtml(string body)
    {
        var html = MarkupLimits.MarkdownToHtml(body, Markdown);
        MarkupLimits.CheckHtml(html);
        return Sanitizer.Sanitize(html);
    }

    /// <summary>How many links the safe HTML holds (many links are a mark of spam).</summary>
    public static int LinkCount(string safeHtml)
    {
        var count = 0;
        for (var at = safeHtml.IndexOf("<a ", StringComparison.Ordinal); at >= 0; at = safeHtml.IndexOf("<a ", at + 3, StringComparison.Ordinal)) count++;
        return count;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "br", "a", "em", "strong", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "del"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link) link.SetAttribute("rel", "ugc nofollow noopener");
        };
        return sanitizer;
    }
}
