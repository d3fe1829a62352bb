using Folio.Data;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Widgets;

/// <summary>
/// The widgets a site has, for its pages and for the editor: those its editors saved, each area in
/// order, or the defaults (<see cref="WidgetDefaults"/>) while its widgets were never saved. Once
/// saved (<see cref="Sites.Site.WidgetsSaved"/>), an area with no rows stays empty.
/// </summary>
public static class SiteWidgetRows
{
    public static async Task<(IReadOnlyList<SiteWidget> Widgets, bool AreDefaults)> OfSiteAsync(FolioDbContext db, long siteId, CancellationToken cancellationToken)
    {
        var everSaved = await db.Sites.AsNoTracking().Where(s => s.Id == siteId).Select(s => s.WidgetsSaved).SingleAsync(cancellationToken);
        if (!everSaved) return (WidgetDefaults.ForNewSite(), true);
        var saved = await db.SiteWidgets.AsNoTracking().ToListAsync(cancellationToken);
        // In memory: the area is stored by name, whose alphabetical order is not the areas' order.
        return (saved.OrderBy(w => w.Area).ThenBy(w => w.Position).ToList(), false);
    }
}
