using System.Globalization;
using System.Text.RegularExpressions;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Themes;

/// <summary>
/// A site's one accent colour. It is only ever written into a page as <c>#rrggbb</c>, and it must
/// stay readable: the customiser refuses an accent whose contrast with the theme's light surface
/// is below 4.5:1 (WCAG AA for text), and the dark scheme derives its own accent by lightening the
/// chosen one until it reads on the theme's dark surface.
/// </summary>
public static partial class AccentColor
{
    public const double MinimumContrast = 4.5;

    /// <summary>The colour as lower-case <c>#rrggbb</c>, or null for anything else.</summary>
    public static string? Normalize(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed is not null && HexColor().IsMatch(trimmed) ? trimmed.ToLowerInvariant() : null;
    }

    /// <summary>Whether this value may be the accent of a site in this theme.</summary>
    public static bool Suits(string? value, Theme theme) =>
        Normalize(value) is { } accent && Contrast(accent, theme.LightSurface) >= MinimumContrast;

    /// <summary>Why this value cannot be the accent of a site in this theme, or null when it can.</summary>
    public static string? Problem(string? value, Theme theme, Localizer T)
    {
        if (Normalize(value) is not { } accent)
            return T["The accent colour must be written as # and six hexadecimal digits, such as #1a6b3c."];
        var contrast = Contrast(accent, theme.LightSurface);
        if (contrast < MinimumContrast)
            return T["The accent colour {0} is too light to read on the {1} theme's background (contrast {2:0.0}:1, at least {3:0.0}:1 is needed). Choose a darker colour.",
                accent, theme.DisplayName, Math.Floor(contrast * 10) / 10, MinimumContrast];
        return null;
    }

    /// <summary>
    /// The accent of the dark scheme: the same hue and saturation, lightened just enough to read on
    /// the theme's dark surface (white at the end reads on every dark surface of the catalog).
    /// </summary>
    public static string ForDarkScheme(string accent, Theme theme)
    {
        var (hue, saturation, lightness) = ToHsl(Channels(accent));
        for (; lightness < 1.0; lightness += 0.02)
        {
            var candidate = FromHsl(hue, saturation, lightness);
            if (Contrast(candidate, theme.DarkSurface) >= MinimumContrast) return candidate;
        }
        return "#ffffff";
    }

    /// <summary>The WCAG 2 contrast ratio of two <c>#rrggbb</c> colours, from 1 to 21.</summary>
    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string color)
    {
        var (red, green, blue) = Channels(color);
        return 0.2126 * Linear(red) + 0.7152 * Linear(green) + 0.0722 * Linear(blue);

        static double Linear(int channel)
        {
            var c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
    }

    private static (int Red, int Green, int Blue) Channels(string color) =>
        (Channel(color, 1), Channel(color, 3), Channel(color, 5));

    private static int Channel(string color, int start) => int.Parse(color.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static (double Hue, double Saturation, double Lightness) ToHsl((int Red, int Green, int Blue) color)
    {
        var (r, g, b) = (color.Red / 255.0, color.Green / 255.0, color.Blue / 255.0);
        var (max, min) = (Math.Max(r, Math.Max(g, b)), Math.Min(r, Math.Min(g, b)));
        var lightness = (max + min) / 2;
        var chroma = max - min;
        if (chroma == 0) return (0, 0, lightness);
        var saturation = chroma / (1 - Math.Abs(2 * lightness - 1));
        var hue = max == r ? (g - b) / chroma % 6 : max == g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
        return ((hue * 60 + 360) % 360, saturation, lightness);
    }

    private static string FromHsl(double hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs(2 * lightness - 1)) * saturation;
        var x = chroma * (1 - Math.Abs(hue / 60 % 2 - 1));
        var (r, g, b) = (int)(hue / 60) switch
        {
            0 => (chroma, x, 0.0),
            1 => (x, chroma, 0.0),
            2 => (0.0, chroma, x),
            3 => (0.0, x, chroma),
            4 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        var m = lightness - chroma / 2;
        return $"#{Byte(r + m):x2}{Byte(g + m):x2}{Byte(b + m):x2}";

        static int Byte(double channel) => (int)Math.Round(Math.Clamp(channel, 0, 1) * 255);
    }

    [GeneratedRegex(@"^#[0-9a-fA-F]{6}\z")]
    private static partial Regex HexColor();
}
