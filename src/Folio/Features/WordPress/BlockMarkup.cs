using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Folio.Features.Posts;

namespace Folio.Features.WordPress;

/// <summary>
/// A post's HTML as the block editor's markup, so that WordPress imports each paragraph, heading,
/// list, quote, image, code block, separator and table as the block of its kind, as its editor
/// saves them (class names included, so the editor finds them valid), instead of the whole post
/// as one Custom HTML block. What has no block of its own, or carries attributes a block would
/// not keep (an author's inline style), becomes a Custom HTML block of its own, unchanged.
/// </summary>
public static class BlockMarkup
{
    /// <summary>Whether the text is block markup already (a post written in, or for, the block editor).</summary>
    public static bool IsBlockMarkup(string text) => text.Contains("<!-- wp:", StringComparison.Ordinal);

    /// <summary>
    /// Block markup as its author wrote it, with its block delimiters (the <c>wp:</c> comments),
    /// through the same sanitiser as every post's HTML, which on its own would drop the comments:
    /// each delimiter stands in the text as a token while the HTML is sanitised.
    /// </summary>
    public static string Sanitized(string blockMarkup)
    {
        using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + blockMarkup);
        var body = document.Body!;
        var delimiters = new List<string>();
        foreach (var comment in body.Descendants<IComment>().Where(c => IsDelimiter(c.Data)).ToList())
        {
            comment.Replace(document.CreateTextNode(Token(delimiters.Count)));
            delimiters.Add(comment.ToHtml());
        }
        var safe = PostBodyRenderer.ToSafeHtml(body.InnerHtml, BodyFormat.Html);
        for (var i = 0; i < delimiters.Count; i++) safe = safe.Replace(Token(i), delimiters[i], StringComparison.Ordinal);
        return safe;
    }

    private static bool IsDelimiter(string comment) => comment.TrimStart().StartsWith("wp:", StringComparison.Ordinal) || comment.TrimStart().StartsWith("/wp:", StringComparison.Ordinal);

    /// <summary>Characters of Unicode's private use area, which no sanitiser touches and no post holds.</summary>
    private static string Token(int index) => $"\uE000{index}\uE001";

    public static string FromHtml(string html)
    {
        using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        var blocks = new StringBuilder();
        foreach (var node in document.Body!.ChildNodes)
        {
            if (node is IElement element) Append(blocks, element);
            else if (node.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(node.TextContent))
                Block(blocks, "html", null, node.ToHtml().Trim());
        }
        return blocks.ToString().TrimEnd('\n');
    }

    private static void Append(StringBuilder blocks, IElement element)
    {
        switch (element.LocalName)
        {
            case "p" when OnlyImage(element) is { } image:
                Block(blocks, "image", null, Figure("wp-block-image", image.OuterHtml));
                break;
            case "p" when element.Attributes.Length == 0:
                Block(blocks, "paragraph", null, element.OuterHtml);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when element.Attributes.Length == 0:
                var level = element.LocalName[1] - '0';
                element.ClassName = "wp-block-heading";
                Block(blocks, "heading", level == 2 ? null : $"{{\"level\":{level}}}", element.OuterHtml);
                break;
            case "ul" or "ol" when element.Attributes.Length == 0 && IsPlainList(element):
                List(blocks, element);
                break;
            case "blockquote" when element.Attributes.Length == 0:
                Quote(blocks, element);
                break;
            case "figure" when element.Attributes.Length == 0 && element.QuerySelector("img") is not null && element.Children.All(c => c.LocalName is "img" or "figcaption"):
                foreach (var caption in element.Children.Where(c => c.LocalName == "figcaption")) caption.ClassName = "wp-element-caption";
                Block(blocks, "image", null, Figure("wp-block-image", element.InnerHtml));
                break;
            case "img":
                Block(blocks, "image", null, Figure("wp-block-image", element.OuterHtml));
                break;
            case "pre" when element.Attributes.Length == 0 && element.Children.Length == 1 && element.FirstElementChild!.LocalName == "code" && element.TextContent == element.FirstElementChild.TextContent:
                // The language a Markdown fence named has no place in the code block: the code is kept, the class is not.
                element.FirstElementChild.RemoveAttribute("class");
                element.ClassName = "wp-block-code";
                Block(blocks, "code", null, element.OuterHtml);
                break;
            case "pre" when element.Attributes.Length == 0:
                element.ClassName = "wp-block-preformatted";
                Block(blocks, "preformatted", null, element.OuterHtml);
                break;
            case "hr":
                Block(blocks, "separator", null, "<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>");
                break;
            case "table" when element.Attributes.Length == 0:
                Block(blocks, "table", null, Figure("wp-block-table", element.OuterHtml));
                break;
            default:
                Block(blocks, "html", null, element.OuterHtml);
                break;
        }
    }

    /// <summary>
    /// A list as WordPress saves it since 6.1: each item a <c>core/list-item</c> block, and a list
    /// inside an item a list block of its own within the item.
    /// </summary>
    private static void List(StringBuilder blocks, IElement list)
    {
        var ordered = list.LocalName == "ol";
        blocks.Append("<!-- wp:list ").Append(ordered ? "{\"ordered\":true} " : "").Append("-->\n");
        blocks.Append('<').Append(list.LocalName).Append(" class=\"wp-block-list\">");
        foreach (var item in list.Children)
        {
            blocks.Append("<!-- wp:list-item -->\n<li>");
            foreach (var node in item.ChildNodes)
            {
                if (node is IElement { LocalName: "ul" or "ol" } inner && inner.Attributes.Length == 0 && IsPlainList(inner)) List(blocks, inner);
                else blocks.Append(node.ToHtml());
            }
            blocks.Append("</li>\n<!-- /wp:list-item -->");
        }
        blocks.Append("</").Append(list.LocalName).Append(">\n<!-- /wp:list -->");
        // A nested list's closing comment is followed by the rest of its item, not a blank line.
        if (list.ParentElement?.LocalName != "li") blocks.Append("\n\n");
    }

    /// <summary>A quote as WordPress saves it since 6.2: its paragraphs (and other blocks) inside, a citation after them.</summary>
    private static void Quote(StringBuilder blocks, IElement quote)
    {
        var inner = new StringBuilder();
        var citation = "";
        foreach (var node in quote.ChildNodes)
        {
            if (node is IElement { LocalName: "cite" } cite) citation = cite.OuterHtml;
            else if (node is IElement element) Append(inner, element);
            else if (!string.IsNullOrWhiteSpace(node.TextContent)) Block(inner, "paragraph", null, $"<p>{node.ToHtml().Trim()}</p>");
        }
        Block(blocks, "quote", null, $"<blockquote class=\"wp-block-quote\">{inner.ToString().TrimEnd('\n')}{citation}</blockquote>");
    }

    private static void Block(StringBuilder blocks, string name, string? attributes, string html) =>
        blocks.Append("<!-- wp:").Append(name).Append(' ').Append(attributes is null ? "" : attributes + " ").Append("-->\n")
            .Append(html).Append("\n<!-- /wp:").Append(name).Append(" -->\n\n");

    private static string Figure(string className, string inner) => $"<figure class=\"{className}\">{inner}</figure>";

    /// <summary>The image a paragraph holds and nothing else (as Markdown writes an image on a line of its own).</summary>
    private static IElement? OnlyImage(IElement paragraph) =>
        paragraph.Attributes.Length == 0 && paragraph.Children.Length == 1 && paragraph.FirstElementChild!.LocalName == "img"
            && string.IsNullOrWhiteSpace(paragraph.TextContent) ? paragraph.FirstElementChild : null;

    /// <summary>A list whose items are plain items: anything else (an item with a class or a style) stays HTML.</summary>
    private static bool IsPlainList(IElement list) => list.Children.All(item => item.LocalName == "li" && item.Attributes.Length == 0);
}
