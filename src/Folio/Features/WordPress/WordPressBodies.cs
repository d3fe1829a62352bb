using System.Text.RegularExpressions;

namespace Folio.Features.WordPress;

/// <summary>
/// A WordPress post's content as the HTML WordPress would show, before Folio's sanitiser sees
/// it: block comments (<c>&lt;!-- wp:paragraph --&gt;</c>) removed with their inner HTML kept,
/// the common shortcodes rendered (<see cref="Shortcodes"/>), and a classic-editor post's blank
/// lines made into paragraphs as WordPress's <c>wpautop</c> does on display (<see cref="AutoParagraphs"/>).
/// </summary>
public static partial class WordPressBodies
{
    public static string ToHtml(string content, Func<long, string?> attachmentUrl)
    {
        var isBlockContent = BlockComment().IsMatch(content);
        var html = BlockComment().Replace(content, "");
        html = Shortcodes.Render(html, attachmentUrl);
        // wpautop ends each paragraph with a line break; the last one is of no use to store.
        return isBlockContent ? html : AutoParagraphs.Apply(html).TrimEnd('\n');
    }

    [GeneratedRegex(@"<!--\s*/?wp:.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex BlockComment();
}
