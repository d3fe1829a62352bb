using AngleSharp.Dom;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// What a signed-in reader's browser asks for on a site's page (personal.js): the page every
/// reader shares names the address of the reader's own parts, each a <c>data-slot</c> element.
/// </summary>
public static class PersonalParts
{
    /// <summary>The reader's parts of the page at <paramref name="pagePath"/>.</summary>
    public static async Task<IDocument> GetPersonalPartsAsync(this HttpClient client, string pagePath) =>
        await client.GetPersonalPartsAsync(await client.GetDocumentAsync(pagePath));

    /// <summary>The reader's parts of <paramref name="page"/>, asked for where the page says.</summary>
    public static async Task<IDocument> GetPersonalPartsAsync(this HttpClient client, IDocument page)
    {
        var address = page.QuerySelector("script[data-personal-parts]")?.GetAttribute("data-personal-parts")
            ?? throw new InvalidOperationException($"{page.Url} names no personal parts.");
        return await client.GetDocumentAsync(new Uri(new Uri(page.Url), address).ToString());
    }

    /// <summary>The part named <paramref name="slot"/>, or null when the reader has none there.</summary>
    public static IElement? Part(this IDocument parts, string slot) => parts.QuerySelector($"[data-slot='{slot}']");
}
