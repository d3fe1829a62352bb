using System.Text;
using System.Text.RegularExpressions;

namespace Folio.Features.WordPress;

/// <summary>
/// The paragraphs WordPress shows for a classic-editor post: its <c>wpautop</c>, step by step, so
/// an imported post reads as it did on the old site. Text separated by a blank line becomes a
/// <c>&lt;p&gt;</c>, a single line break a <c>&lt;br /&gt;</c>; block elements (lists, quotes,
/// tables, headings…) stand on their own and are never wrapped, <c>&lt;pre&gt;</c> is left as
/// written, and line breaks inside a tag, a script or a style are kept. Tested against
/// WordPress's own implementation (<c>@wordpress/autop</c>) on WordPress's theme unit test data.
/// </summary>
public static partial class AutoParagraphs
{
    /// <summary>The elements WordPress treats as blocks: a paragraph never holds one.</summary>
    private const string Blocks = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

    /// <summary>Stands in for a line break inside a tag while the text is cut into paragraphs.</summary>
    private const string TagNewline = " <!-- wpnl --> ";

    public static string Apply(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var (withoutPre, preformatted) = SetPreformattedAside(text + "\n");
        text = TwoBreaks().Replace(withoutPre, "\n\n");
        text = BlockOpening().Replace(text, "\n\n$1");
        text = BlockClosing().Replace(text, "$1\n\n");
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        text = Tag().Replace(text, tag => tag.Value.Contains('\n') ? tag.Value.Replace("\n", TagNewline) : tag.Value);
        text = HugEmbeddedElements(text);
        text = Wrap(ManyNewlines().Replace(text, "\n\n"));
        text = Unwrap(text);
        text = LineBreaks(text);
        text = BreakAfterBlock().Replace(text, "$1");
        text = BreakBeforeBlock().Replace(text, "$1");
        text = NewlineBeforeLastClose().Replace(text, "</p>");
        foreach (var (placeholder, original) in preformatted)
        {
            var at = text.IndexOf(placeholder, StringComparison.Ordinal);
            if (at >= 0) text = text[..at] + original + text[(at + placeholder.Length)..];
        }
        return text.Contains("<!-- wpnl -->", StringComparison.Ordinal) ? TagNewlineMark().Replace(text, "\n") : text;
    }

    /// <summary>Each <c>&lt;pre&gt;…&lt;/pre&gt;</c> swapped for a placeholder, to be put back as written.</summary>
    private static (string Text, List<(string Placeholder, string Original)> Preformatted) SetPreformattedAside(string text)
    {
        var preformatted = new List<(string, string)>();
        if (!text.Contains("<pre", StringComparison.Ordinal)) return (text, preformatted);
        var parts = text.Split("</pre>");
        var result = new StringBuilder();
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var start = parts[i].IndexOf("<pre", StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(parts[i]);
                continue;
            }
            var placeholder = $"<pre wp-pre-tag-{i}></pre>";
            preformatted.Add((placeholder, parts[i][start..] + "</pre>"));
            result.Append(parts[i], 0, start).Append(placeholder);
        }
        return (result.Append(parts[^1]).ToString(), preformatted);
    }

    /// <summary>No paragraph breaks inside a select's options, an object's parameters, a player's sources or before a caption.</summary>
    private static string HugEmbeddedElements(string text)
    {
        if (text.Contains("<option", StringComparison.Ordinal))
            text = AfterOption().Replace(BeforeOption().Replace(text, "<option"), "</option>");
        if (text.Contains("</object>", StringComparison.Ordinal))
            text = ObjectParts().Replace(ObjectEnd().Replace(ObjectStart().Replace(text, "$1"), "</object>"), "$1");
        if (text.Contains("<source", StringComparison.Ordinal) || text.Contains("<track", StringComparison.Ordinal))
            text = PlayerSources().Replace(PlayerEnd().Replace(PlayerStart().Replace(text, "$1"), "$1"), "$1");
        if (text.Contains("<figcaption", StringComparison.Ordinal))
            text = AfterFigcaption().Replace(BeforeFigcaption().Replace(text, "$1"), "</figcaption>");
        return text;
    }

    /// <summary>Every run of text between blank lines in a paragraph.</summary>
    private static string Wrap(string text)
    {
        var result = new StringBuilder();
        foreach (var piece in BlankLine().Split(text).Where(piece => piece.Length > 0))
            result.Append("<p>").Append(piece.Trim('\n')).Append("</p>\n");
        return result.ToString();
    }

    /// <summary>Takes back the paragraphs that were put around blocks, or around nothing.</summary>
    private static string Unwrap(string text)
    {
        text = EmptyParagraph().Replace(text, "");
        text = TextBeforeClosingContainer().Replace(text, "<p>$1</p></$2>");
        text = ParagraphOfOneBlockTag().Replace(text, "$1");
        text = ParagraphAroundListItem().Replace(text, "$1");
        text = ParagraphBeforeQuote().Replace(text, "<blockquote$1><p>");
        text = text.Replace("</blockquote></p>", "</p></blockquote>");
        text = ParagraphOpeningBeforeBlock().Replace(text, "$1");
        return ParagraphClosingAfterBlock().Replace(text, "$1");
    }

    /// <summary>The remaining single line breaks become <c>&lt;br /&gt;</c>, except inside scripts, styles, SVG and MathML.</summary>
    private static string LineBreaks(string text)
    {
        const string kept = "<WPPreserveNewline />";
        text = RawTextElement().Replace(text, element => element.Value.Replace("\n", kept));
        text = text.Replace("<br>", "<br />").Replace("<br/>", "<br />");
        text = Newline().Replace(text, newline => newline.Groups[1].Success ? newline.Value : "<br />\n");
        return text.Replace(kept, "\n");
    }

    [GeneratedRegex(@"<br\s*/?>\s*<br\s*/?>")]
    private static partial Regex TwoBreaks();

    [GeneratedRegex("(<" + Blocks + @"[\s/>])")]
    private static partial Regex BlockOpening();

    [GeneratedRegex("(</" + Blocks + ">)")]
    private static partial Regex BlockClosing();

    /// <summary>A tag, comment or CDATA section, as WordPress's HTML splitter finds them (an unclosed one runs to the end).</summary>
    [GeneratedRegex(@"<(?:!--[\s\S]*?(?:-->|\z)|!\[CDATA\[[\s\S]*?(?:\]\]>|\z)|[^>]*>?)")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s*<option")]
    private static partial Regex BeforeOption();

    [GeneratedRegex(@"</option>\s*")]
    private static partial Regex AfterOption();

    [GeneratedRegex(@"(<object[^>]*>)\s*")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"\s*</object>")]
    private static partial Regex ObjectEnd();

    [GeneratedRegex(@"\s*(</?(?:param|embed)[^>]*>)\s*")]
    private static partial Regex ObjectParts();

    [GeneratedRegex(@"([<\[](?:audio|video)[^>\]]*[>\]])\s*")]
    private static partial Regex PlayerStart();

    [GeneratedRegex(@"\s*([<\[]/(?:audio|video)[>\]])")]
    private static partial Regex PlayerEnd();

    [GeneratedRegex(@"\s*(<(?:source|track)[^>]*>)\s*")]
    private static partial Regex PlayerSources();

    [GeneratedRegex(@"\s*(<figcaption[^>]*>)")]
    private static partial Regex BeforeFigcaption();

    [GeneratedRegex(@"</figcaption>\s*")]
    private static partial Regex AfterFigcaption();

    [GeneratedRegex(@"\n\n+")]
    private static partial Regex ManyNewlines();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"<p>\s*</p>")]
    private static partial Regex EmptyParagraph();

    [GeneratedRegex(@"<p>([^<]+)</(div|address|form)>")]
    private static partial Regex TextBeforeClosingContainer();

    [GeneratedRegex(@"<p>\s*(</?" + Blocks + @"[^>]*>)\s*</p>")]
    private static partial Regex ParagraphOfOneBlockTag();

    [GeneratedRegex(@"<p>(<li.+?)</p>")]
    private static partial Regex ParagraphAroundListItem();

    [GeneratedRegex(@"<p><blockquote([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphBeforeQuote();

    [GeneratedRegex(@"<p>\s*(</?" + Blocks + @"[^>]*>)")]
    private static partial Regex ParagraphOpeningBeforeBlock();

    [GeneratedRegex(@"(</?" + Blocks + @"[^>]*>)\s*</p>")]
    private static partial Regex ParagraphClosingAfterBlock();

    [GeneratedRegex(@"<(script|style|svg|math)[\s\S]*?</\1>")]
    private static partial Regex RawTextElement();

    [GeneratedRegex(@"(<br />)?\s*\n")]
    private static partial Regex Newline();

    [GeneratedRegex(@"(</?" + Blocks + @"[^>]*>)\s*<br />")]
    private static partial Regex BreakAfterBlock();

    [GeneratedRegex(@"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)")]
    private static partial Regex BreakBeforeBlock();

    [GeneratedRegex(@"\n</p>\z")]
    private static partial Regex NewlineBeforeLastClose();

    [GeneratedRegex(@"\s?<!-- wpnl -->\s?")]
    private static partial Regex TagNewlineMark();
}
