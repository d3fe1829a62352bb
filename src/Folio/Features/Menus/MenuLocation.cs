namespace Folio.Features.Menus;

/// <summary>Where a site's theme shows a menu. Every theme has both.</summary>
public enum MenuLocation
{
    /// <summary>Under the site's title, on every page.</summary>
    Primary,

    /// <summary>In the site's footer, on every page.</summary>
    Footer,
}
