using Folio.Features.Themes;
using Folio.Infrastructure.Localization;

namespace Folio.Tests.Themes;

public sealed class AccentColorTests
{
    [Theory]
    [InlineData("#A0361C", "#a0361c")]
    [InlineData(" #0b5cad ", "#0b5cad")]
    [InlineData("#12345g", null)]
    [InlineData("#fff", null)]
    [InlineData("red", null)]
    [InlineData("red; background:url(x)", null)]
    [InlineData("#a0361c;}body{display:none", null)]
    [InlineData("#a0361c\n", "#a0361c")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_six_digit_hex_colours_are_accents(string? value, string? normalized) =>
        Assert.Equal(normalized, AccentColor.Normalize(value));

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#767676", "#ffffff", 4.54)]
    public void Contrast_is_the_wcag_ratio(string first, string second, double ratio) =>
        Assert.Equal(ratio, AccentColor.Contrast(first, second), precision: 2);

    public static TheoryData<string> Themes => new(ThemeCatalog.All.Select(theme => theme.Name));

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_theme_accepts_its_own_default_accent(string name)
    {
        var theme = ThemeCatalog.Find(name);
        Assert.True(AccentColor.Suits(theme.DefaultAccent, theme));
        Assert.Null(AccentColor.Problem(theme.DefaultAccent, theme, new Localizer(Catalogues.Shipped())));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Pale_accent_is_refused_with_its_contrast(string name)
    {
        using var english = LanguageScope.Of(Catalogues.English);
        var problem = AccentColor.Problem("#ffd700", ThemeCatalog.Find(name), new Localizer(Catalogues.Shipped()));
        Assert.Contains("too light to read", problem);
        Assert.Contains("at least 4.5:1", problem);
    }

    [Theory]
    [InlineData("#a0361c")]
    [InlineData("#0b5cad")]
    [InlineData("#000000")]
    [InlineData("#1a1a40")]
    [InlineData("#5a189a")]
    public void Dark_scheme_accent_reads_on_every_dark_surface(string accent)
    {
        foreach (var theme in ThemeCatalog.All)
        {
            var dark = AccentColor.ForDarkScheme(accent, theme);
            Assert.NotNull(AccentColor.Normalize(dark));
            Assert.True(AccentColor.Contrast(dark, theme.DarkSurface) >= AccentColor.MinimumContrast, $"{dark} (from {accent}) on {theme.DarkSurface}");
        }
    }

    [Fact]
    public void Dark_scheme_accent_keeps_the_hue()
    {
        // A brick red stays a (lighter) red rather than turning pink-grey or white.
        var dark = AccentColor.ForDarkScheme("#a0361c", ThemeCatalog.Find("classic"));
        var (red, green, blue) = (Convert.ToInt32(dark[1..3], 16), Convert.ToInt32(dark[3..5], 16), Convert.ToInt32(dark[5..7], 16));
        Assert.True(red > green && green > blue, dark);
        Assert.True(red - blue > 100, dark);
    }
}
