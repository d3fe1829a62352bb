using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace Folio.Infrastructure.Localization;

/// <summary>
/// Folio's texts in the language of the request (<see cref="CultureInfo.CurrentUICulture"/>, which
/// Features/Sites/SiteLanguage sets): the English text is the key, as in gettext, so a text with
/// no translation shows in English and never as a key. Views use it as <c>T</c>:
/// <c>@T["Leave a Reply"]</c>, <c>@T.Plural(count, "One comment", "{0:N0} comments")</c>.
/// Arguments are formatted in the request's culture (<see cref="CultureInfo.CurrentCulture"/>).
/// </summary>
public sealed class Localizer(Catalogues catalogues) : IStringLocalizer
{
    public LocalizedString this[string name] => Found(name, Catalog.GetStringDefault(name, name));

    public LocalizedString this[string name, params object[] arguments] =>
        Found(name, string.Format(CultureInfo.CurrentCulture, Catalog.GetStringDefault(name, name), arguments));

    /// <summary>
    /// The form of a text for a number, by the plural rule of the language's catalogue (Russian
    /// has "1 блогер", "2 блогера", "5 блогеров"); <c>{0}</c> in it is the number.
    /// </summary>
    public LocalizedString Plural(long count, string singular, string plural, params object[] arguments) =>
        Found(singular, string.Format(CultureInfo.CurrentCulture, Catalog.GetPluralStringDefault(singular, singular, plural, count), [count, .. arguments]));

    /// <summary>
    /// A text that holds markup, such as a link, as HTML: the text is the catalogue's (reviewed
    /// with the code, so trusted) and each argument is HTML-encoded where it is put in.
    /// </summary>
    public LocalizedHtmlString Html(string name, params object[] arguments) =>
        new(name, Catalog.GetStringDefault(name, name), isResourceNotFound: false, arguments);

    /// <summary>A text that means something else elsewhere, told apart by a context (gettext's <c>msgctxt</c>).</summary>
    public LocalizedString InContext(string context, string name) =>
        Found(name, Catalog.GetParticularString(context, name));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Catalog.Translations.Select(entry => new LocalizedString(entry.Key, entry.Value[0]));

    private NGettext.Catalog Catalog => catalogues.For(CultureInfo.CurrentUICulture);

    private static LocalizedString Found(string name, string value) => new(name, value, resourceNotFound: false);
}
