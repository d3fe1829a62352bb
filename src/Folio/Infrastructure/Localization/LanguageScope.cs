using System.Globalization;

namespace Folio.Infrastructure.Localization;

/// <summary>
/// Work done in a site's language whatever the request's, such as a mail to a site's readers
/// written by a background job or while a moderator approves a comment in the (English)
/// dashboard: sets the culture for <see cref="Localizer"/> and formatting, and puts the previous
/// one back when disposed.
/// </summary>
public readonly struct LanguageScope : IDisposable
{
    private readonly CultureInfo previous;
    private readonly CultureInfo previousUi;

    private LanguageScope(CultureInfo previous, CultureInfo previousUi) => (this.previous, this.previousUi) = (previous, previousUi);

    public static LanguageScope Of(string language)
    {
        var scope = new LanguageScope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        return scope;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previous;
        CultureInfo.CurrentUICulture = previousUi;
    }
}
