namespace Folio.Features.Themes;

/// <summary>
/// The font files a page asks for before its stylesheets are read: the face most of its text is set
/// in (regular, Latin), so that text appears in it at first paint instead of shifting when it arrives.
/// The faces themselves are declared in <c>wwwroot/css/fonts.css</c>, which
/// <c>scripts/update-fonts.sh</c> writes; a preloaded URL must be one of its URLs, or the browser
/// fetches the font twice.
/// </summary>
public static class Fonts
{
    public const string Stylesheet = "/css/fonts.css";

    /// <summary>Inter: headings, forms, the platform banner and the dashboard.</summary>
    public const string Sans = "/fonts/inter/inter-latin-wght-normal.woff2";

    /// <summary>Source Serif 4: the classic theme's text, and the platform's pages.</summary>
    public const string Serif = "/fonts/source-serif-4/source-serif-4-latin-400-normal.woff2";

    /// <summary>EB Garamond: the minimal theme's book type.</summary>
    public const string Book = "/fonts/eb-garamond/eb-garamond-latin-400-normal.woff2";
}
