using System.Text;
using AngleSharp.Dom;

namespace Folio.Features.Posts;

/// <summary>
/// Gives the single-quoted strings of style attributes double quotes, before the sanitiser reads
/// them. AngleSharp.Css (the sanitiser's CSS parser, 1.3 and 1.4) drops the character after a
/// backslash in a single-quoted <c>url('…')</c>, so <c>url('bg\28x\29.jpg')</c> came out as
/// <c>url("bg\8 x\9 .jpg")</c>; it reads the same string in double quotes right. CSS means the
/// same by either quote, so nothing else changes.
/// </summary>
public static class StyleQuotes
{
    public static void DoubleQuoteStyles(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[style]"))
        {
            var style = element.GetAttribute("style")!;
            if (style.Contains('\'')) element.SetAttribute("style", WithDoubleQuotes(style));
        }
    }

    /// <summary>The CSS with each single-quoted string in double quotes; comments, escapes and double-quoted strings as they are.</summary>
    public static string WithDoubleQuotes(string css)
    {
        var output = new StringBuilder(css.Length + 8);
        char? quote = null; // the quote of the string being read, if any
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            var next = i + 1 < css.Length ? css[i + 1] : '\0';
            if (quote is null && c == '/' && next == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var stop = end < 0 ? css.Length : end + 2;
                output.Append(css, i, stop - i);
                i = stop - 1;
            }
            else if (c == '\\' && i + 1 < css.Length)
            {
                // An escape is copied whole, so its character never ends a string; \' needs no escape between double quotes.
                if (quote == '\'' && next == '\'') output.Append('\'');
                else output.Append(c).Append(next);
                i++;
            }
            else if (quote is null && (c is '"' or '\''))
            {
                quote = c;
                output.Append('"');
            }
            else if (c == quote)
            {
                quote = null;
                output.Append('"');
            }
            else if (quote == '\'' && c == '"') output.Append("\\\"");
            else output.Append(c);
        }
        return output.ToString();
    }
}
