using System.Net;
using Folio.Features.Curation.Feeds;
using Folio.Features.Posts;

namespace Folio.Features.Curation;

/// <summary>
/// The body of an imported post: sanitised HTML, whether it is the whole article, a note on how it
/// was made, and its picture: the feed item's, else the page's.
/// </summary>
public sealed record ImportedBody(string Html, bool IsFullCopy, string? Note, Uri? ImageUrl);

/// <summary>
/// Makes an imported post's body by the source's rule: a summary (plain text cut at a word
/// boundary), or the full text from the feed when it carries it, else from the article's page.
/// </summary>
public sealed class PostBodies(ArticlePages pages)
{
    /// <summary>Shorter than this, feed content is a teaser rather than the article.</summary>
    private const int CompleteArticleLength = 600;

    private static readonly string[] TeaserEndings = ["…", "...", "[…]", "[...]", "Read more", "Continue reading"];

    public async Task<ImportedBody> MakeAsync(Source source, ParsedFeedItem item, CancellationToken cancellationToken)
    {
        if (!source.FullText)
        {
            var summary = Summary(source, item, note: null);
            return summary.ImageUrl is null && item.Link is { } page
                ? summary with { ImageUrl = await pages.PictureAsync(page, cancellationToken) }
                : summary;
        }
        if (LooksComplete(item.ContentHtml)) return new ImportedBody(item.ContentHtml!, IsFullCopy: true, Note: null, item.ImageUrl);
        if (item.Link is null) return Summary(source, item, "summary only: the item links to no page to read in full");
        var extracted = await pages.ExtractAsync(item.Link, cancellationToken);
        return extracted.Html is { } html
            ? new ImportedBody(html, IsFullCopy: true, Note: "full text read from the article's page", item.ImageUrl ?? extracted.ImageUrl)
            : Summary(source, item, $"summary only: {extracted.Error}");
    }

    /// <summary>The item's title and text, as the word filters read them.</summary>
    public static string PlainText(ParsedFeedItem item) => $"{item.Title} {TextOf(item)}".Trim();

    /// <summary>The item's text without its title, as the word filters read it.</summary>
    private static string TextOf(ParsedFeedItem item) => PostBodyRenderer.ToPlainText(item.ContentHtml ?? item.SummaryHtml ?? "", int.MaxValue);

    /// <summary>
    /// What the near-duplicate fingerprint is made of: the article's text when the body is the whole
    /// of it (from the feed or read from its page), else the feed's teaser. Never the title, because
    /// publications rewrite the headline of a wire story far more often than its body; and not the
    /// teaser when the article was read, since papers write their own teasers of the same story.
    /// </summary>
    public static string StoryText(ParsedFeedItem item, ImportedBody body) =>
        body.IsFullCopy ? PostBodyRenderer.ToPlainText(body.Html, int.MaxValue) : TextOf(item);

    private static ImportedBody Summary(Source source, ParsedFeedItem item, string? note)
    {
        // The feed's HTML is already sanitised; plain text is encoded again because it becomes HTML.
        var text = PostBodyRenderer.ToPlainText(item.SummaryHtml ?? item.ContentHtml ?? "", Math.Max(source.ExcerptLength, 50));
        return new ImportedBody(text.Length == 0 ? "" : $"<p>{WebUtility.HtmlEncode(text)}</p>", IsFullCopy: false, note, item.ImageUrl);
    }

    /// <summary>Long enough to be the article, and not ending as feeds end a teaser.</summary>
    private static bool LooksComplete(string? contentHtml)
    {
        if (contentHtml is null) return false;
        var text = PostBodyRenderer.ToPlainText(contentHtml, int.MaxValue);
        return text.Length >= CompleteArticleLength && !TeaserEndings.Any(ending => text.EndsWith(ending, StringComparison.OrdinalIgnoreCase));
    }
}
