using AngleSharp;
using AngleSharp.Dom;

namespace Folio.Tests.Infrastructure;

/// <summary>Reads responses as a browser would see their documents.</summary>
public static class Html
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Browser.OpenAsync(request => request.Content(response.Content.ReadAsStream()).Address(response.RequestMessage!.RequestUri!));

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}.");
        return await ParseAsync(response);
    }

    /// <summary>The titles of the posts a listing page shows, in order.</summary>
    public static IReadOnlyList<string> PostTitles(this IDocument document) =>
        document.QuerySelectorAll("article .post-title").Select(title => title.TextContent.Trim()).ToList();
}
