using Folio.Features.Sites;

namespace Folio.Features.Themes;

/// <summary>
/// How the site layout dresses a page, from the site's design settings. Each setting is used only
/// when it is well formed, whatever path it reached the database by: an accent that is not a
/// readable <c>#rrggbb</c> gives way to the theme's own, and images must be media URLs.
/// </summary>
public sealed record SiteDesign(Theme Theme, string Accent, string DarkAccent, string? HeaderImageUrl, string? IconUrl)
{
    public static SiteDesign Of(SiteView site)
    {
        var theme = ThemeCatalog.Find(site.Theme);
        var accent = AccentColor.Suits(site.AccentColor, theme) ? AccentColor.Normalize(site.AccentColor)! : theme.DefaultAccent;
        return new SiteDesign(theme, accent, AccentColor.ForDarkScheme(accent, theme),
            SiteImages.IsMediaUrl(site.HeaderImageUrl) ? site.HeaderImageUrl : null,
            SiteImages.IsMediaUrl(site.IconUrl) ? site.IconUrl : null);
    }

    /// <summary>The accent of both schemes as custom properties of the root element, which the stylesheets turn into <c>--accent</c>.</summary>
    public string AccentProperties => $"--site-accent:{Accent};--site-accent-dark:{DarkAccent}";
}
