using AngleSharp.Html.Parser;

namespace Folio.Features.Feeds;

/// <summary>
/// HTML made to be read away from its page: every address in it absolute, resolved against the
/// page's own address, as a feed reader needs (it has no page to resolve them against, and many
/// ignore xml:base).
/// </summary>
public static class AbsoluteUrls
{
    /// <summary>The attributes holding an address that the post sanitiser lets through (it drops srcset).</summary>
    private static readonly string[] UrlAttributes = ["href", "src", "cite"];

    public static string InHtml(string html, Uri page)
    {
        using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        var body = document.Body!;
        foreach (var attribute in UrlAttributes)
        {
            foreach (var element in body.QuerySelectorAll($"[{attribute}]"))
                element.SetAttribute(attribute, Resolve(page, element.GetAttribute(attribute)!));
        }
        return body.InnerHtml;
    }

    private static string Resolve(Uri page, string address) =>
        Uri.TryCreate(page, address.Trim(), out var absolute) ? absolute.AbsoluteUri : address;
}
