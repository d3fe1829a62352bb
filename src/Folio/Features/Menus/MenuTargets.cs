using Folio.Data;
using Folio.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Menus;

/// <summary>Something of the site a menu item can lead to, as the editor offers it.</summary>
public sealed record MenuTarget(long Id, string Name);

/// <summary>What the editor offers to add: the site's public pages, its categories and its tags.</summary>
public sealed record MenuTargets(IReadOnlyList<MenuTarget> Pages, IReadOnlyList<MenuTarget> Categories, IReadOnlyList<MenuTarget> Tags);

public sealed class MenuTargetQueries(FolioDbContext db, TimeProvider clock)
{
    public async Task<MenuTargets> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pages = await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(now)).Where(p => p.Kind == PostKind.Page)
            .OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Name).Select(c => new MenuTarget(c.Id, c.Name)).ToListAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new MenuTarget(t.Id, t.Name)).ToListAsync(cancellationToken);
        return new(pages.Select(p => new MenuTarget(p.Id, PostTitles.Text(p.Title))).ToList(), categories, tags);
    }
}
