namespace Folio.Features.Themes;

/// <summary>
/// A built-in design a site can wear, styled by <c>wwwroot/css/themes/{Name}.css</c>.
/// <paramref name="LightSurface"/> and <paramref name="DarkSurface"/> are the stylesheet's
/// <c>--surface</c> colours in each scheme: the least contrasting background accent-coloured text
/// sits on, against which an accent must stay readable (see <see cref="AccentColor"/>).
/// <paramref name="TextFont"/> is the font file of the body text, which pages preload (see <see cref="Fonts"/>).
/// <paramref name="HasSidebar"/>: whether it shows the sidebar's widgets beside the content (Features/Widgets); the others show only the footer's.
/// </summary>
public sealed record Theme(string Name, string DisplayName, string Description, string DefaultAccent, string LightSurface, string DarkSurface, string TextFont, bool HasSidebar = false)
{
    public string StylesheetPath => $"/css/themes/{Name}.css";
}

/// <summary>The built-in themes. A site stores a theme's <see cref="Theme.Name"/>.</summary>
public static class ThemeCatalog
{
    public const string DefaultName = "classic";

    public static IReadOnlyList<Theme> All { get; } =
    [
        new("classic", "Classic", "A timeless blog: one column of posts with serif text, like a well-set book.", "#a0361c", "#f3f2ef", "#232321", Fonts.Serif),
        new("magazine", "Newsroom", "A news and curation layout: bold headlines, a lead story and a grid of reposts.", "#0b5cad", "#eef1f5", "#1d232b", Fonts.Sans, HasSidebar: true),
        new("minimal", "Minimal", "A quiet reading layout: large type, wide margins, nothing in the way of the words.", "#2f6f4f", "#f2f2f0", "#222322", Fonts.Book),
    ];

    /// <summary>The theme with this name, or the default one for a name that is not (or no longer) built in.</summary>
    public static Theme Find(string? name) => Named(name) ?? All[0];

    /// <summary>The theme with exactly this name, or null.</summary>
    public static Theme? Named(string? name) => All.FirstOrDefault(theme => theme.Name == name);
}
