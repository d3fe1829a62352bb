using Folio.Infrastructure.Localization;

namespace Folio.Features.Curation;

/// <summary>The editor's fields filled from an article someone wants to repost, or why they could not be.</summary>
public sealed record RepostDraft(string? Title, string? Body, string? OriginalUrl, string? SourceName, string? OriginalAuthor, string? Error);

/// <summary>
/// "Repost from a URL" in the editor: reads the article's page (robots.txt and the guarded fetcher
/// apply, as for imports) and proposes a post that quotes its summary and credits it. Nothing is
/// saved: the author edits the proposal and saves it as any post.
/// </summary>
public sealed class RepostFromUrlHandler(ArticlePages pages, Localizer T)
{
    public async Task<RepostDraft> HandleAsync(string address, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return Refused(T["Enter the full address of the article, starting with http:// or https://."]);
        var article = await pages.ExtractAsync(url, cancellationToken);
        if (article.Html is null) return Refused(T["Could not read {0}: {1}.", url, article.Error!]);
        // A quotation of the summary, in the editor's Markdown; the author writes their own words around it.
        var quote = article.Excerpt is { } excerpt ? $"> {excerpt.ReplaceLineEndings(" ")}\n\n" : "";
        var host = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
        return new RepostDraft(article.Title, quote, url.AbsoluteUri, article.SiteName ?? host, article.Author, null);
    }

    private static RepostDraft Refused(string error) => new(null, null, null, null, null, error);
}
