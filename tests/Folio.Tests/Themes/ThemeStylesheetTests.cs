using System.Text.RegularExpressions;
using Folio.Features.Themes;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Themes;

public sealed class ThemeStylesheetTests(FolioApp app) : IClassFixture<FolioApp>
{
    public static TheoryData<string> Themes => new(ThemeCatalog.All.Select(theme => theme.Name));

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Theme_stylesheet_is_served(string name)
    {
        var response = await app.DemoClient().GetAsync(ThemeCatalog.Find(name).StylesheetPath);

        Assert.True(response.IsSuccessStatusCode, $"{name}.css answered {(int)response.StatusCode}.");
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
    }

    /// <summary>Accents are checked against the catalog's surfaces, so they must be the stylesheet's.</summary>
    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Theme_stylesheet_surfaces_are_the_ones_accents_are_checked_against(string name)
    {
        var theme = ThemeCatalog.Find(name);
        var css = await app.DemoClient().GetStringAsync(theme.StylesheetPath);

        var surfaces = Regex.Matches(css, @"--surface:\s*(#[0-9a-f]{6})").Select(match => match.Groups[1].Value).ToList();

        Assert.Equal([theme.LightSurface, theme.DarkSurface], surfaces);
    }

    [Fact]
    public async Task Demo_site_wears_the_classic_theme()
    {
        var home = await app.DemoClient().GetDocumentAsync("/");

        Assert.Contains(home.QuerySelectorAll("link[rel=stylesheet]"), link => link.GetAttribute("href")!.StartsWith("/css/themes/classic.css?v="));
    }
}
