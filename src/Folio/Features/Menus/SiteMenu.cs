using Folio.Data;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Folio.Features.Menus;

/// <summary>
/// The menu a site's owner set for one <see cref="MenuLocation"/>, possibly empty. A location
/// with no menu set shows the theme's fallback (WordPress's: Home and the site's pages), so a
/// new site's pages are linked from the start and the owner's first edit takes over.
/// </summary>
public class SiteMenu : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public MenuLocation Location { get; set; }
    public List<MenuItem> Items { get; set; } = [];
}

/// <summary>One link of a menu; items nest one level, under a top-level item of the same menu.</summary>
public class MenuItem : ISiteOwned
{
    public const int LabelLength = 200;
    public const int UrlLength = 2000;

    public long Id { get; set; }
    public long SiteId { get; set; }
    public long MenuId { get; set; }

    /// <summary>The top-level item this one is under, or null for a top-level item.</summary>
    public long? ParentId { get; set; }

    /// <summary>The order among its siblings, from 0.</summary>
    public int Position { get; set; }

    public MenuItemKind Kind { get; set; }

    /// <summary>The page, category or tag linked to; not a foreign key, as it names rows of three tables. An item whose target is gone or unpublished is not shown.</summary>
    public long? TargetId { get; set; }

    /// <summary>The words shown; empty shows the target's own name (the page's title, the category's name).</summary>
    public string Label { get; set; } = "";

    /// <summary>A custom item's address: an absolute http(s) URL or a path on the site.</summary>
    public string? Url { get; set; }
}

internal sealed class SiteMenuConfiguration : IEntityTypeConfiguration<SiteMenu>
{
    public void Configure(EntityTypeBuilder<SiteMenu> menu)
    {
        menu.HasOne<Site>().WithMany().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Cascade);
        menu.HasIndex(m => new { m.SiteId, m.Location }).IsUnique();
        menu.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MenuId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> item)
    {
        item.Property(i => i.Label).HasMaxLength(MenuItem.LabelLength);
        item.Property(i => i.Url).HasMaxLength(MenuItem.UrlLength);
        item.HasIndex(i => new { i.SiteId, i.MenuId });
    }
}
