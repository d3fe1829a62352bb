namespace Folio.Tests.Infrastructure;

/// <summary>Submits forms as a browser does: GET the page, take its antiforgery token, POST the fields.</summary>
public static class Forms
{
    /// <summary>
    /// Posts the fields to the form whose action is <paramref name="path"/> on the page at
    /// <paramref name="pagePath"/> (by default the same path), with that page's antiforgery token.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? pagePath = null)
    {
        var page = await client.GetDocumentAsync(pagePath ?? path);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pagePath ?? path} has no form with an antiforgery token.");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }
}
