using Folio.Data;
using Folio.Features.Posts;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Menus;

/// <summary>A menu item as it stands now: where it leads, and the words it shows when the owner gave none.</summary>
public sealed record ResolvedMenuItem(OutlineItem Item, string Href, string DefaultLabel)
{
    public string Label => Item.Label.Length > 0 ? Item.Label : DefaultLabel;
}

/// <summary>
/// The current site's menus as readers and the editor see them: each item with its target's
/// current name and address, items whose page, category or tag is gone (or no longer public)
/// left out, and a location the owner never set showing its fallback.
/// </summary>
public sealed class MenuResolver(FolioDbContext db, TimeProvider clock, Localizer T)
{
    /// <summary>How many of the site's pages the fallback menu lists at its top level; the owner's own menu has no such limit.</summary>
    public const int FallbackPages = 8;

    public async Task<IReadOnlyList<ResolvedMenuItem>> OutlineAsync(MenuLocation location, CancellationToken cancellationToken)
    {
        var menus = await MenusAsync(cancellationToken);
        return await ResolveAsync(menus, location, cancellationToken);
    }

    /// <summary>Whether the site's owner saved a menu for the location; until then the primary menu is the fallback of the site's pages.</summary>
    public Task<bool> IsSetAsync(MenuLocation location, CancellationToken cancellationToken) =>
        db.Menus.AnyAsync(m => m.Location == location, cancellationToken);

    /// <summary>Both locations, for the site's pages.</summary>
    public async Task<(IReadOnlyList<ResolvedMenuItem> Primary, IReadOnlyList<ResolvedMenuItem> Footer)> BothAsync(CancellationToken cancellationToken)
    {
        var menus = await MenusAsync(cancellationToken);
        return (await ResolveAsync(menus, MenuLocation.Primary, cancellationToken), await ResolveAsync(menus, MenuLocation.Footer, cancellationToken));
    }

    private Task<List<SiteMenu>> MenusAsync(CancellationToken cancellationToken) =>
        db.Menus.AsNoTracking().Include(m => m.Items).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<ResolvedMenuItem>> ResolveAsync(List<SiteMenu> menus, MenuLocation location, CancellationToken cancellationToken)
    {
        if (menus.Find(m => m.Location == location) is { } menu) return await ResolveAsync(Flatten(menu.Items), cancellationToken);
        return location == MenuLocation.Primary ? await FallbackAsync(cancellationToken) : [];
    }

    /// <summary>The stored items in reading order: each top-level item followed by those under it.</summary>
    internal static List<OutlineItem> Flatten(IReadOnlyCollection<MenuItem> items)
    {
        var topLevel = items.Where(i => i.ParentId is null || items.All(parent => parent.Id != i.ParentId)).OrderBy(i => i.Position).ThenBy(i => i.Id);
        var outline = new List<OutlineItem>();
        foreach (var item in topLevel)
        {
            outline.Add(new(item.Kind, item.TargetId, item.Label, item.Url, 0));
            outline.AddRange(items.Where(child => child.ParentId == item.Id).OrderBy(c => c.Position).ThenBy(c => c.Id)
                .Select(child => new OutlineItem(child.Kind, child.TargetId, child.Label, child.Url, 1)));
        }
        return outline;
    }

    /// <summary>
    /// What a site shows where its owner set no menu: Home and its public pages, in their order
    /// (WordPress's page menu), so that a new page is linked from the moment it is published;
    /// nothing while it has no page. Pages deeper than one level sit under their top-level page.
    /// </summary>
    private async Task<IReadOnlyList<ResolvedMenuItem>> FallbackAsync(CancellationToken cancellationToken)
    {
        var pages = await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(Now)).Where(p => p.Kind == PostKind.Page)
            .OrderBy(p => p.MenuOrder).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, p.Slug, p.ParentId }).ToListAsync(cancellationToken);
        // A lone Home link would repeat the site's title beside it.
        if (pages.Count == 0) return [];
        var byId = pages.ToDictionary(p => p.Id);
        long TopLevelOf(long id)
        {
            // A walk up the parents, bounded in case a broken import left a loop.
            for (var steps = 0; steps < pages.Count && byId[id].ParentId is { } parent && byId.ContainsKey(parent); steps++) id = parent;
            return id;
        }

        var outline = new List<ResolvedMenuItem> { Home() };
        foreach (var top in pages.Where(p => TopLevelOf(p.Id) == p.Id).Take(FallbackPages))
        {
            outline.Add(PageItem(top.Id, top.Title, top.Slug, 0));
            outline.AddRange(pages.Where(p => p.Id != top.Id && TopLevelOf(p.Id) == top.Id).Select(p => PageItem(p.Id, p.Title, p.Slug, 1)));
        }
        return outline;
    }

    internal async Task<IReadOnlyList<ResolvedMenuItem>> ResolveAsync(List<OutlineItem> outline, CancellationToken cancellationToken)
    {
        var ids = outline.Where(i => i.TargetId is not null).ToLookup(i => i.Kind, i => i.TargetId!.Value);
        var pageIds = ids[MenuItemKind.Page].ToList();
        var categoryIds = ids[MenuItemKind.Category].ToList();
        var tagIds = ids[MenuItemKind.Tag].ToList();
        var pages = pageIds.Count == 0 ? [] : await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(Now))
            .Where(p => p.Kind == PostKind.Page && pageIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.Slug }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var categories = categoryIds.Count == 0 ? [] : await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var tags = tagIds.Count == 0 ? [] : await db.Tags.AsNoTracking().Where(t => tagIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken);

        var resolved = new List<ResolvedMenuItem>();
        var parentGone = false;
        foreach (var item in outline)
        {
            var (href, name) = item.Kind switch
            {
                MenuItemKind.Home => ("/", T["Home"].Value),
                MenuItemKind.Page when pages.TryGetValue(item.TargetId ?? 0, out var page) => (PostPaths.Page(page.Slug), PostTitles.Text(page.Title)),
                MenuItemKind.Category when categories.TryGetValue(item.TargetId ?? 0, out var category) => (PostPaths.Category(category.Slug), category.Name),
                MenuItemKind.Tag when tags.TryGetValue(item.TargetId ?? 0, out var tag) => (PostPaths.Tag(tag.Slug), tag.Name),
                MenuItemKind.Custom when item.Url is { } url && MenuLinkAddress.IsAllowed(url) => (url, url),
                _ => ((string?)null, ""),
            };
            if (item.Depth == 0) parentGone = href is null;
            if (href is null) continue;
            // Items under an item that is gone come up to the top rather than going with it.
            var depth = parentGone ? 0 : item.Depth;
            resolved.Add(new(item with { Depth = depth }, href, name));
        }
        return resolved;
    }

    private ResolvedMenuItem Home() => new(new(MenuItemKind.Home, null, "", null, 0), "/", T["Home"].Value);

    private static ResolvedMenuItem PageItem(long id, string title, string slug, int depth) =>
        new(new(MenuItemKind.Page, id, "", null, depth), PostPaths.Page(slug), PostTitles.Text(title));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
