using System.Globalization;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Folio.Infrastructure.Localization;
using Markdig;

namespace Folio.Features.Posts;

/// <summary>Writing refused because no parser should build a tree that deep; the message is English, a page says it with <see cref="MarkupLimits.Refusal"/>.</summary>
public sealed class MarkupRefusedException(string message) : Exception(message);

/// <summary>
/// How deep HTML and Markdown may nest before a parser builds a tree of them (issue 18, item 1).
/// An HTML tree builder looks through the open elements for every new tag, so its cost grows with
/// the square of the depth: a draft nested 30,000 deep cost seconds of CPU, a page nested 100,000
/// deep minutes. Checked first, by AngleSharp's tokenizer alone (linear: no tree), the depth stays
/// under the cap and every parse after it costs time in proportion to the text's length.
/// Browsers cap their trees too (Chromium at 512 elements).
/// </summary>
public static class MarkupLimits
{
    /// <summary>Deeper than any page needs (WordPress themes and editors stay under 40).</summary>
    public const int MaxDepth = 256;

    /// <summary>Why such a text is refused; {0} is <see cref="MaxDepth"/>. The exception says it in English, a page in its own language (<see cref="Refusal"/>).</summary>
    public const string TooDeepWords = "This text nests elements more than {0} levels deep, which no page needs and Folio does not accept. Please simplify its structure (lists, quotes, boxes inside boxes) and try again.";

    private static string TooDeep => string.Format(CultureInfo.InvariantCulture, TooDeepWords, MaxDepth);

    /// <summary>The refusal of a text nested too deeply, in the page's language.</summary>
    public static string Refusal(Localizer T) => T[TooDeepWords, MaxDepth];

    /// <summary>Markdown to HTML with Markdig, refused in words when Markdig finds it nested too deeply.</summary>
    public static string MarkdownToHtml(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            return Markdown.ToHtml(markdown, pipeline);
        }
        // Markdig stops at 128 levels with only this exception to say so; the depth tests pin the wording.
        catch (ArgumentException tooDeep) when (tooDeep.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new MarkupRefusedException(TooDeep);
        }
    }

    /// <summary>Throws <see cref="MarkupRefusedException"/> when the HTML would build a tree deeper than <see cref="MaxDepth"/>.</summary>
    public static void CheckHtml(string html)
    {
        if (!IsShallowEnough(html)) throw new MarkupRefusedException(TooDeep);
    }

    /// <summary>
    /// Follows the tags as a tree builder would open and close them, closely enough to never count
    /// a tree shallower than it is: an end tag closes its open element and everything inside it,
    /// a stray end tag closes nothing, and elements that never hold others (void elements) or that
    /// the parser closes by itself (a second <c>&lt;p&gt;</c> or <c>&lt;li&gt;</c>) are not counted
    /// as open. Searching the open elements costs at most <see cref="MaxDepth"/> steps per tag.
    /// </summary>
    public static bool IsShallowEnough(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var open = new List<string>();
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag || NeverHoldOpen.Contains(tag.Name)) continue;
            if (tag.Type == HtmlTokenType.StartTag)
            {
                open.Add(tag.Name);
                if (open.Count > MaxDepth) return false;
                continue;
            }
            var at = open.LastIndexOf(tag.Name);
            if (at >= 0) open.RemoveRange(at, open.Count - at);
        }
        return true;
    }

    /// <summary>Void elements, and those whose next sibling closes them (their nesting shows in the element around them: ul, table, dl, select).</summary>
    private static readonly HashSet<string> NeverHoldOpen = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "rtc",
    };
}
