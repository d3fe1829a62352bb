using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Menus;

/// <summary>Presses a button of the menu editor as a browser does: every field of the form as the page shows it, changed (or added) where the test types.</summary>
internal static class MenuEditorForm
{
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient client, string location, string action, Dictionary<string, string>? typed = null)
    {
        var page = await client.GetDocumentAsync($"/admin/menus/?location={location}");
        return await client.PressAsync(page, action, typed);
    }

    public static Task<HttpResponseMessage> PressAsync(this HttpClient client, IDocument page, string action, Dictionary<string, string>? typed = null) =>
        client.PressAsync((IHtmlFormElement)page.QuerySelector("form[data-menu-editor]")!, action, typed);

    /// <summary>The links of the site's menu with this accessible name, as "Label → /path/", under-items indented.</summary>
    public static IReadOnlyList<string> MenuLinks(this IDocument page, string name) =>
        page.QuerySelector($"nav[aria-label='{name}']") is { } nav
            ? nav.QuerySelectorAll("a").Select(a => (a.ParentElement!.ParentElement!.ClassList.Contains("site-submenu") ? "  " : "") + $"{a.TextContent.Trim()} → {a.GetAttribute("href")}").ToList()
            : [];
}
