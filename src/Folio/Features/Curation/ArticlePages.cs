using AngleSharp.Html.Parser;
using Folio.Features.Fetching;
using Folio.Features.Posts;
using SmartReader;

namespace Folio.Features.Curation;

/// <summary>
/// An article's text as extracted from its page (sanitised HTML) with the page's picture
/// (og:image) and what the page says of itself (plain text), or why there is none.
/// </summary>
public sealed record ExtractedArticle(string? Html, Uri? ImageUrl, string? Error)
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? SiteName { get; init; }

    /// <summary>The page's description, or the start of its text.</summary>
    public string? Excerpt { get; init; }
}

/// <summary>
/// Reads an original article's page for its full text: only when the site's robots.txt allows it,
/// only through the guarded fetcher, extracted with SmartReader (a port of Mozilla's Readability)
/// from the text we fetched, so the library itself never goes to the network, and then put
/// through the same sanitiser as every post body.
/// </summary>
public sealed class ArticlePages(GuardedFetcher fetcher, RobotsRules robots)
{
    public async Task<ExtractedArticle> ExtractAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!await robots.IsAllowedAsync(url, cancellationToken))
            return new ExtractedArticle(null, null, "robots.txt asks Folio not to fetch the article's page");
        var page = await fetcher.FetchAsync(new FetchRequest(url, Accept: "text/html"), cancellationToken);
        if (!page.Succeeded) return new ExtractedArticle(null, null, $"the article's page could not be read: {page.Error}");

        var text = page.BodyText();
        if (!MarkupLimits.IsShallowEnough(text)) return TooDeep;
        // The (uri, text) constructor reads the text we give it. Beware Reader.ParseArticle(string, string):
        // its second string is a user agent, and it downloads the URI itself, past the guard.
        using var reader = new SmartReader.Reader(page.Url.AbsoluteUri, text);
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
            return new ExtractedArticle(null, null, "no article text was found on its page");
        string html;
        try
        {
            html = PostBodyRenderer.ToSafeHtml(article.Content, BodyFormat.Html).Trim();
        }
        catch (MarkupRefusedException)
        {
            return TooDeep; // the extraction's own wrappers took a page at the limit past it
        }
        if (html.Length == 0) return new ExtractedArticle(null, null, "no article text was found on its page");
        var image = Uri.TryCreate(page.Url, article.FeaturedImage, out var found) && found.Scheme is "http" or "https" ? found : null;
        return new ExtractedArticle(html, image, null)
        {
            Title = Text(article.Title),
            Author = Text(article.Author) ?? Text(article.Byline),
            SiteName = Text(article.SiteName),
            Excerpt = Text(article.Excerpt) ?? Text(PostBodyRenderer.ToPlainText(html, 400)),
        };
    }

    /// <summary>
    /// The page's own picture (og:image, else twitter:image) for a summary whose feed item
    /// carries none; null when the page may not be read, cannot be, or names no picture.
    /// </summary>
    public async Task<Uri?> PictureAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!await robots.IsAllowedAsync(url, cancellationToken)) return null;
        var page = await fetcher.FetchAsync(new FetchRequest(url, Accept: "text/html"), cancellationToken);
        if (!page.Succeeded) return null;
        var text = page.BodyText();
        if (!MarkupLimits.IsShallowEnough(text)) return null;
        using var document = new HtmlParser().ParseDocument(text);
        var picture = document.QuerySelector("meta[property='og:image'], meta[name='twitter:image']")?.GetAttribute("content");
        return Uri.TryCreate(page.Url, picture, out var found) && found.Scheme is "http" or "https" ? found : null;
    }

    private static readonly ExtractedArticle TooDeep =
        new(null, null, $"its page nests elements more than {MarkupLimits.MaxDepth} levels deep, more than Folio reads");

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
