using System.Globalization;
using NGettext;

namespace Folio.Infrastructure.Localization;

/// <summary>
/// NGettext's catalogue without its one side effect: for every text it has no translation for,
/// NGettext writes a line with <c>System.Diagnostics.Trace</c>, whose default listener takes a
/// process-wide lock and, on Linux, sends the line to syslog. English translates nothing, so each
/// of the hundred or so texts on an English page did so on every render, and the renders queued
/// on that lock (bench/README.md, 2026-12-07: a tenth of the uncached render's speed). A missing
/// translation is expected (the English text is shown, as gettext does); CatalogueTests find
/// the missing ones before they ship.
/// </summary>
public sealed class SilentCatalog(CultureInfo culture) : Catalog(culture)
{
    public override string GetStringDefault(string messageId, string defaultMessage) =>
        GetTranslations(messageId) is [var translation, ..] ? translation : defaultMessage;

    public override string GetPluralStringDefault(string messageId, string defaultMessage, string defaultPluralMessage, long n)
    {
        var form = PluralRule.Evaluate(n);
        return GetTranslations(messageId) is { } translations && form >= 0 && form < translations.Length
            ? translations[form]
            : n == 1 ? defaultMessage : defaultPluralMessage;
    }
}
