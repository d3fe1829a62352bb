using Folio.Data;
using Folio.Features.Menus;
using Folio.Features.Posts;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.WordPress;

/// <summary>
/// The navigation menus of an import, placed once every page and term is in. A WordPress site has
/// any number of menus and its theme's locations are not in the export, so the menu named like a
/// primary one (or else the longest) becomes the primary menu and one named like a footer the
/// footer menu, where the site has not set its own; the summary says what became of each.
/// </summary>
public sealed class WxrMenus(FolioDbContext db, MenuResolver resolver, SaveMenuHandler save, Localizer T)
{
    private static readonly string[] PrimaryNames = ["primary", "main", "header", "top"];
    private static readonly string[] FooterNames = ["footer", "bottom"];

    public async Task PlaceAsync(ImportRun run, string? baseSiteUrl, CancellationToken cancellationToken)
    {
        var menus = run.MenuItems.Where(i => MenuOf(i) is not null)
            .GroupBy(i => MenuOf(i)!.Slug)
            .Select(menu => new WordPressMenu(menu.Key, menu.OrderBy(i => i.MenuOrder).ToList()))
            .ToList();
        run.Summary.Add(ImportKind.OtherItem, T["skipped: menu items of no menu"], run.MenuItems.Count(i => MenuOf(i) is null));
        if (menus.Count == 0) return;

        var primary = menus.FirstOrDefault(m => IsNamed(m, PrimaryNames)) ?? menus.MaxBy(m => m.Items.Count)!;
        var footer = menus.FirstOrDefault(m => m != primary && IsNamed(m, FooterNames));
        var alreadySet = await db.Menus.Select(m => m.Location).ToListAsync(cancellationToken);
        foreach (var menu in menus)
        {
            MenuLocation? location = menu == primary ? MenuLocation.Primary : menu == footer ? MenuLocation.Footer : null;
            if (location is not { } place)
            {
                run.Summary.Add(ImportKind.Menu, T["not placed: Folio has one primary and one footer menu"]);
                continue;
            }
            if (alreadySet.Contains(place))
            {
                run.Summary.Add(ImportKind.Menu, T["not placed: the site's own menu is kept"]);
                continue;
            }
            var outline = await OutlineAsync(run, menu.Items, baseSiteUrl, cancellationToken);
            // Items whose page is not public (a draft, in the trash) go, as they would on the site.
            var shown = (await resolver.ResolveAsync(outline, cancellationToken)).Select(r => r.Item).ToList();
            run.Summary.Add(ImportKind.NotKept, T["menu items whose page, post or term was not imported or is not public"], menu.Items.Count - shown.Count);
            if (shown.Count == 0)
            {
                // An empty menu would hide the pages the site lists until its owner sets one.
                run.Summary.Add(ImportKind.Menu, T["not placed: none of its items leads anywhere here"]);
                continue;
            }
            var errors = await save.SaveAsync(place, shown, cancellationToken);
            run.Summary.Add(ImportKind.Menu, errors.Count > 0 ? T["not placed: {0}", errors[0]]
                : place == MenuLocation.Primary ? T["placed as the primary menu"] : T["placed as the footer menu"]);
        }
    }

    private sealed record WordPressMenu(string Slug, List<WxrItem> Items);

    private static WxrItemTerm? MenuOf(WxrItem item) => item.Terms.FirstOrDefault(t => t.Kind == WxrTermKind.Menu);

    private static bool IsNamed(WordPressMenu menu, string[] words)
    {
        var name = MenuOf(menu.Items[0])!.Name;
        return words.Any(word => menu.Slug.Contains(word, StringComparison.OrdinalIgnoreCase) || name.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The menu's items in Folio's terms, in WordPress's order: deeper items under their top-level
    /// one; an item whose target Folio cannot link to is left out, and the items under it come up.
    /// </summary>
    private async Task<List<OutlineItem>> OutlineAsync(ImportRun run, List<WxrItem> items, string? baseSiteUrl, CancellationToken cancellationToken)
    {
        var postIds = items.Where(i => Meta(i, "_menu_item_type") == "post_type").Select(i => ObjectId(i)).ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => p.WordPressId != null && postIds.Contains(p.WordPressId.Value))
            .Select(p => new { WordPressId = p.WordPressId!.Value, p.Id, p.Kind, p.Slug, p.PublishedLocal })
            .ToListAsync(cancellationToken);

        var outline = new List<OutlineItem>();
        var left = new HashSet<long>();
        foreach (var item in items)
        {
            var objectId = ObjectId(item);
            OutlineItem? line = (Meta(item, "_menu_item_type"), Meta(item, "_menu_item_object")) switch
            {
                ("post_type", "page") when posts.Find(p => p.WordPressId == objectId && p.Kind == PostKind.Page) is { } page =>
                    new(MenuItemKind.Page, page.Id, Label(item), null, 0),
                // Folio's menus link to posts by their address.
                ("post_type", _) when posts.Find(p => p.WordPressId == objectId && p.PublishedLocal != null) is { } post =>
                    new(MenuItemKind.Custom, null, Label(item), PostPaths.Of(post.Kind, post.PublishedLocal!.Value, post.Slug), 0),
                ("taxonomy", "category") when run.TermIdsByWordPressId.TryGetValue((WxrTermKind.Category, objectId), out var category) =>
                    new(MenuItemKind.Category, category, Label(item), null, 0),
                ("taxonomy", "post_tag") when run.TermIdsByWordPressId.TryGetValue((WxrTermKind.Tag, objectId), out var tag) =>
                    new(MenuItemKind.Tag, tag, Label(item), null, 0),
                ("custom", _) => Custom(Label(item), Meta(item, "_menu_item_url"), baseSiteUrl),
                _ => null,
            };
            if (line is null || line.Kind == MenuItemKind.Custom && !MenuLinkAddress.IsAllowed(line.Url!))
            {
                left.Add(item.Id);
                continue;
            }
            // One level: an item under an item that is left out comes up to the top.
            var parent = long.TryParse(Meta(item, "_menu_item_menu_item_parent"), out var parentId) ? parentId : 0;
            outline.Add(line with { Depth = parent == 0 || left.Contains(parent) || outline.Count == 0 ? 0 : 1 });
        }
        return outline;
    }

    /// <summary>A custom link; one to the WordPress site itself leads to the same place here (its old links answer), and its front page is Home.</summary>
    private static OutlineItem Custom(string title, string url, string? baseSiteUrl)
    {
        if (baseSiteUrl is { Length: > 0 } site && Uri.TryCreate(site.TrimEnd('/') + "/", UriKind.Absolute, out var siteRoot)
            && Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Host.Equals(siteRoot.Host, StringComparison.OrdinalIgnoreCase)
            && address.AbsolutePath.StartsWith(siteRoot.AbsolutePath, StringComparison.Ordinal))
        {
            var path = "/" + address.AbsolutePath[siteRoot.AbsolutePath.Length..] + address.Query;
            return path == "/" ? new(MenuItemKind.Home, null, title, null, 0) : new(MenuItemKind.Custom, null, title, path, 0);
        }
        return new(MenuItemKind.Custom, null, title, url.Trim(), 0);
    }

    private static string Label(WxrItem item) => item.Title.Trim() is { Length: > MenuItem.LabelLength } title ? title[..MenuItem.LabelLength] : item.Title.Trim();

    private static string Meta(WxrItem item, string key) => item.Meta.FirstOrDefault(m => m.Key == key)?.Value ?? "";

    private static long ObjectId(WxrItem item) => long.TryParse(Meta(item, "_menu_item_object_id"), out var id) ? id : 0;
}
