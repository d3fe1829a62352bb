using System.Text;
using System.Text.RegularExpressions;

namespace Folio.Features.WordPress;

/// <summary>
/// A WordPress post's content as the HTML WordPress would show, before Folio's sanitiser sees
/// it: block comments (<c>&lt;!-- wp:paragraph --&gt;</c>) removed with their inner HTML kept,
/// the common shortcodes rendered (<see cref="Shortcodes"/>), and a classic-editor post's blank
/// lines made into paragraphs as WordPress's <c>wpautop</c> does on display.
/// </summary>
public static partial class WordPressBodies
{
    public static string ToHtml(string content, Func<long, string?> attachmentUrl)
    {
        var isBlockContent = BlockComment().IsMatch(content);
        var html = BlockComment().Replace(content, "");
        html = Shortcodes.Render(html, attachmentUrl);
        return isBlockContent ? html : Paragraphs(html);
    }

    /// <summary>
    /// Classic content is text with line breaks: a blank line ends a paragraph, a single one is a
    /// <c>&lt;br&gt;</c>. A chunk that already starts with a block element is left as it is.
    /// </summary>
    private static string Paragraphs(string html)
    {
        var chunks = BlankLines().Split(html.Replace("\r\n", "\n").Trim());
        var result = new StringBuilder();
        foreach (var chunk in chunks.Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            if (result.Length > 0) result.Append('\n');
            if (StartsWithBlock().IsMatch(chunk)) result.Append(chunk);
            else result.Append("<p>").Append(chunk.Replace("\n", "<br>\n")).Append("</p>");
        }
        return result.ToString();
    }

    [GeneratedRegex(@"<!--\s*/?wp:.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^<(?:p|div|h[1-6]|ul|ol|li|blockquote|pre|table|figure|hr|section|article|header|footer|aside|nav|dl|form|address|iframe|video|audio|details)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartsWithBlock();
}
