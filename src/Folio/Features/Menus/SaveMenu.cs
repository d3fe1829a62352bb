using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Menus;

/// <summary>
/// Checks and saves the current site's menu for one location, replacing what was there, and
/// evicts the site's pages so readers see it on their next request. Nothing is saved when any
/// item is wrong; the errors say which and why.
/// </summary>
public sealed class SaveMenuHandler(FolioDbContext db, CurrentSite currentSite, MenuResolver resolver, IOutputCacheStore cache, Localizer T)
{
    public async Task<IReadOnlyList<string>> SaveAsync(MenuLocation location, IReadOnlyList<OutlineItem> outline, CancellationToken cancellationToken)
    {
        var defaults = await DefaultLabelsAsync(outline, cancellationToken);
        var errors = Check(outline, defaults);
        if (errors.Count > 0) return errors;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var menu = await db.Menus.FirstOrDefaultAsync(m => m.Location == location, cancellationToken);
        if (menu is null)
        {
            menu = new SiteMenu { Location = location };
            db.Menus.Add(menu);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await db.MenuItems.Where(i => i.MenuId == menu.Id).ExecuteDeleteAsync(cancellationToken);
        }

        MenuItem? parent = null;
        var stored = new List<(MenuItem Item, MenuItem? Parent)>();
        for (var index = 0; index < outline.Count; index++)
        {
            var line = outline[index];
            var label = line.Label.Trim();
            var item = new MenuItem
            {
                MenuId = menu.Id,
                Kind = line.Kind,
                TargetId = line.Kind is MenuItemKind.Home or MenuItemKind.Custom ? null : line.TargetId,
                Label = label == defaults[index] ? "" : label,
                Url = line.Kind == MenuItemKind.Custom ? line.Url!.Trim() : null,
                Position = index,
            };
            if (line.Depth == 0) parent = item;
            stored.Add((item, line.Depth == 0 ? null : parent));
        }
        // Top-level items first, so that the items under them can name their ids.
        db.MenuItems.AddRange(stored.Where(s => s.Parent is null).Select(s => s.Item));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (item, itemParent) in stored.Where(s => s.Parent is not null)) item.ParentId = itemParent!.Id;
        db.MenuItems.AddRange(stored.Where(s => s.Parent is not null).Select(s => s.Item));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await cache.EvictSiteAsync(currentSite.Required.Id, cancellationToken);
        return [];
    }

    private List<string> Check(IReadOnlyList<OutlineItem> outline, IReadOnlyList<string?> defaults)
    {
        var errors = new List<string>();
        if (outline.Count > MenuOutline.MaxItems) errors.Add(T["A menu holds at most {0} items.", MenuOutline.MaxItems]);
        else if (!MenuOutline.IsWellFormed(outline)) errors.Add(T["Items nest one level deep, under a top-level item."]);
        for (var index = 0; index < outline.Count; index++)
        {
            var item = outline[index];
            if (item.Label.Trim().Length > MenuItem.LabelLength)
                errors.Add(T["Item {0}: a label is at most {1} characters.", index + 1, MenuItem.LabelLength]);
            if (item.Kind == MenuItemKind.Custom && !MenuLinkAddress.IsAllowed(item.Url?.Trim() ?? ""))
            {
                errors.Add(T["Item {0}: “{1}” is not an address a menu can link to. Give a web address starting with https:// or http://, an email address starting with mailto:, or a path on this site starting with /.", index + 1, item.Url ?? ""]);
            }
            else if (item.Kind != MenuItemKind.Home && defaults[index] is null)
            {
                errors.Add(T["Item {0}: what it linked to is gone; remove it or choose another.", index + 1]);
            }
        }
        return errors;
    }

    /// <summary>
    /// The words each item shows when its label is empty: its target's name (null for a target
    /// that is gone), or a custom link's address. A label equal to them is stored empty, so that
    /// renaming the page renames its item.
    /// </summary>
    private async Task<List<string?>> DefaultLabelsAsync(IReadOnlyList<OutlineItem> outline, CancellationToken cancellationToken)
    {
        var resolved = await resolver.ResolveAsync(outline.Select(i => i with { Depth = 0 }).ToList(), cancellationToken);
        var byTarget = resolved.ToLookup(r => (r.Item.Kind, r.Item.TargetId), r => r.DefaultLabel);
        return outline.Select(i => i.Kind switch
        {
            MenuItemKind.Custom => i.Url?.Trim() ?? "",
            _ => byTarget[(i.Kind, i.Kind == MenuItemKind.Home ? null : i.TargetId)].FirstOrDefault(),
        }).ToList();
    }
}
