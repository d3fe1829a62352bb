namespace Folio.Features.Menus;

/// <summary>What a menu item leads to.</summary>
public enum MenuItemKind
{
    /// <summary>The site's front page.</summary>
    Home,

    /// <summary>One of the site's pages (<see cref="MenuItem.TargetId"/> is the page's id).</summary>
    Page,

    /// <summary>A category's archive (<see cref="MenuItem.TargetId"/> is the category's id).</summary>
    Category,

    /// <summary>A tag's archive (<see cref="MenuItem.TargetId"/> is the tag's id).</summary>
    Tag,

    /// <summary>An address of the owner's choosing (<see cref="MenuItem.Url"/>): http(s) or a path on the site.</summary>
    Custom,
}
