using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Net.Http.Headers;
using NGettext;

namespace Folio.Infrastructure.Localization;

/// <summary>A language Folio can show a site in: its code (a catalogue's file name) and its own name for itself.</summary>
public sealed record Language(string Code, string NativeName, bool RightToLeft);

/// <summary>
/// The languages Folio speaks: English, the language its texts are written in, and one more for
/// each gettext catalogue in <c>Translations/</c> beside Folio.dll (<c>ru.po</c>, <c>hy.po</c>, …), read
/// once at start. Adding a language is dropping in its catalogue (docs/translating.md).
/// </summary>
public sealed class Catalogues
{
    public const string English = "en";

    private readonly FrozenDictionary<string, SilentCatalog> byCode;

    public Catalogues(string directory)
    {
        var catalogues = new Dictionary<string, SilentCatalog>(StringComparer.OrdinalIgnoreCase) { [English] = new SilentCatalog(CultureInfo.GetCultureInfo(English)) };
        foreach (var file in Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.po") : [])
        {
            var code = Path.GetFileNameWithoutExtension(file);
            var catalog = new SilentCatalog(CultureInfo.GetCultureInfo(code));
            new PoReader(File.ReadAllText(file), Path.GetFileName(file)).Load(catalog);
            catalogues[code] = catalog;
        }
        byCode = catalogues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Languages = [.. byCode.Keys.OrderBy(code => code != English).ThenBy(code => code, StringComparer.Ordinal).Select(code => Describe(CultureInfo.GetCultureInfo(code)))];
    }

    /// <summary>The catalogues shipped with Folio, in <c>Translations/</c> beside Folio.dll.</summary>
    public static Catalogues Shipped() => new(Path.Combine(AppContext.BaseDirectory, "Translations"));

    /// <summary>Every language there is a catalogue for, English first.</summary>
    public IReadOnlyList<Language> Languages { get; }

    /// <summary>The language of <paramref name="code"/>, or null when Folio has no catalogue for it.</summary>
    public Language? Find(string? code) =>
        code is not null && byCode.ContainsKey(code) ? Languages.First(language => language.Code.Equals(code, StringComparison.OrdinalIgnoreCase)) : null;

    /// <summary>
    /// The language a browser's <c>Accept-Language</c> prefers among those Folio speaks (<c>ru-RU</c>
    /// asks for <c>ru</c>); English when it names none of them.
    /// </summary>
    public Language BestFor(IEnumerable<StringWithQualityHeaderValue> acceptLanguage) =>
        acceptLanguage
            .Where(wanted => wanted.Quality is not 0)
            .OrderByDescending(wanted => wanted.Quality ?? 1)
            .Select(wanted => Find(wanted.Value.Value) ?? Find(wanted.Value.Value?.Split('-')[0]))
            .FirstOrDefault(language => language is not null)
            ?? Find(English)!;

    /// <summary>Why a site cannot be shown in the language <paramref name="code"/>, or null when it can.</summary>
    public string? Problem(string? code, Localizer T) => Find(code) is not null ? null
        : T["“{0}” is not a language Folio has a catalogue for; choose one of {1}.", code ?? "", string.Join(", ", Languages.Select(language => $"{language.NativeName} ({language.Code})"))].Value;

    /// <summary>
    /// The catalogue for a culture, or for its parent (<c>ru-RU</c> uses <c>ru</c>); English's, which
    /// translates nothing, when there is none.
    /// </summary>
    public Catalog For(CultureInfo culture)
    {
        for (var candidate = culture; candidate.Name.Length > 0; candidate = candidate.Parent)
        {
            if (byCode.TryGetValue(candidate.Name, out var catalog)) return catalog;
        }
        return byCode[English];
    }

    private static Language Describe(CultureInfo culture) =>
        new(culture.Name, culture.TextInfo.ToTitleCase(culture.NativeName), culture.TextInfo.IsRightToLeft);
}
