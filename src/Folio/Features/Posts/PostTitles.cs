using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Microsoft.AspNetCore.Html;

namespace Folio.Features.Posts;

/// <summary>
/// Titles are text as typed, except that a few inline tags, written as they are with no
/// attributes, are markup: WordPress keeps HTML in titles, and its test data and real blogs have
/// titles such as <c>Title &lt;em&gt;With&lt;/em&gt; Markup</c>. Headings show those tags (balanced
/// and sanitised by HtmlSanitizer); everything else is encoded, so "I &lt;3 C#" and "Using
/// &lt;div&gt;" read as typed. Places that take text only (the window title, feeds, meta tags)
/// get the title without the tags.
/// </summary>
public static partial class PostTitles
{
    private const string InlineTags = "em|strong|b|i|sup|sub|code|mark|s|small|abbr|q|cite|del|ins";

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static IHtmlContent Html(string title) =>
        HasMarkup(title) ? new HtmlString(Markup(title)) : new HtmlContentBuilder().Append(title); // encoded by the page's own encoder

    /// <summary>The title as an HTML string, for the REST API's <c>title.rendered</c>.</summary>
    public static string Rendered(string title) => HasMarkup(title) ? Markup(title) : WebUtility.HtmlEncode(title);

    public static string Text(string title) => HasMarkup(title) ? WrittenTag().Replace(title, "") : title;

    private static string Markup(string title) => Sanitizer.Sanitize(InlineTag().Replace(WebUtility.HtmlEncode(title), "<$1$2>"));

    private static bool HasMarkup(string title) => title.Contains('<') && WrittenTag().IsMatch(title);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(InlineTags.Split('|'));
        sanitizer.AllowedAttributes.Clear();
        return sanitizer;
    }

    /// <summary>An allowed tag as the encoder writes it, <c>&amp;lt;em&amp;gt;</c> or <c>&amp;lt;/em&amp;gt;</c>.</summary>
    [GeneratedRegex("&lt;(/?)(" + InlineTags + ")&gt;", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex("</?(?:" + InlineTags + ")>", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenTag();
}
