namespace Folio.Features.Themes;

/// <summary>A built-in design a site can wear.</summary>
public sealed record Theme(string Name, string DisplayName, string Description, string DefaultAccent);

/// <summary>The built-in themes. A site stores a theme's <see cref="Theme.Name"/>.</summary>
public static class ThemeCatalog
{
    public const string DefaultName = "classic";

    public static IReadOnlyList<Theme> All { get; } =
    [
        new("classic", "Classic", "A timeless blog: one column of posts with serif text, like a well-set book.", "#a0361c"),
        new("magazine", "Newsroom", "A news and curation layout: bold headlines, a lead story and a grid of reposts.", "#0b5cad"),
        new("minimal", "Minimal", "A quiet reading layout: large type, wide margins, nothing in the way of the words.", "#2f6f4f"),
    ];

    /// <summary>The theme with this name, or the default one for a name that is not (or no longer) built in.</summary>
    public static Theme Find(string? name) => All.FirstOrDefault(theme => theme.Name == name) ?? All[0];
}
