using System.Text.RegularExpressions;
using Folio.Features.Identity;
using Folio.Features.Mail;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Features.Themes;
using Folio.Infrastructure.Localization;
using Folio.Tests.Infrastructure;
using NGettext;
using NGettext.Loaders;

namespace Folio.Tests.Localization;

/// <summary>
/// The catalogues Folio ships, as translators' tools see them: valid for GNU msgfmt, read by
/// Folio exactly as msgfmt compiles them, and complete for every text the site pages show.
/// </summary>
public sealed partial class CatalogueTests
{
    public static TheoryData<string> Shipped() => [.. Directory.EnumerateFiles(TranslationsFolder, "*.po").Select(path => Path.GetFileName(path))];

    private static string TranslationsFolder => RepositoryFiles.PathOf("src", "Folio", "Translations");

    [SkippableTheory]
    [MemberData(nameof(Shipped))]
    public async Task A_catalogue_passes_msgfmt_and_reads_as_msgfmt_compiles_it(string file)
    {
        Msgfmt.SkipUnlessInstalled();
        var path = Path.Combine(TranslationsFolder, file);

        var (compiled, problems) = await Msgfmt.CompileAsync(path);

        Assert.True(problems.Length == 0, problems);
        var reference = new Catalog(new MoAstPluralLoader(new MemoryStream(compiled)));
        var ours = new Catalog();
        new PoReader(await File.ReadAllTextAsync(path), file).Load(ours);
        Assert.Equal(reference.Translations.OrderBy(entry => entry.Key, StringComparer.Ordinal), ours.Translations.OrderBy(entry => entry.Key, StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, 1000).Select(n => reference.PluralRule.Evaluate(n)), Enumerable.Range(0, 1000).Select(n => ours.PluralRule.Evaluate(n)));
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public async Task A_catalogue_translates_every_text_the_site_pages_show(string file)
    {
        var catalog = new Catalog();
        new PoReader(await File.ReadAllTextAsync(Path.Combine(TranslationsFolder, file)), file).Load(catalog);

        var missing = TextsInTheSources()
            .Where(text => !catalog.Translations.ContainsKey(text.Key))
            .Select(text => text.AsPo())
            .ToList();

        Assert.True(missing.Count == 0, $"{file} lacks {missing.Count} texts; add them:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    /// <summary>A text the code asks the localizer for: its context, its English words and, for a count, the plural.</summary>
    private sealed record Text(string? Context, string Id, string? Plural)
    {
        public string Key => Context is null ? Id : Context + Catalog.CONTEXT_GLUE + Id;

        public string AsPo() =>
            (Context is null ? "" : $"msgctxt {Quote(Context)}\n") + $"msgid {Quote(Id)}\n" +
            (Plural is null ? "msgstr \"\"\n" : $"msgid_plural {Quote(Plural)}\nmsgstr[0] \"\"\n");

        private static string Quote(string text) => $"\"{text.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
    }

    /// <summary>
    /// Every <c>T["…"]</c>, <c>T.Html("…")</c>, <c>T.InContext("…", "…")</c> and <c>T.Plural(n, "…", "…")</c>
    /// in Folio's views and code, and the texts passed by name (constants that tests read too).
    /// </summary>
    private static IEnumerable<Text> TextsInTheSources()
    {
        var sources = Directory.EnumerateFiles(RepositoryFiles.PathOf("src", "Folio"), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var found = new List<Text>
        {
            new(null, PostProtection.FormIntro, null), new(null, Site.DefaultAttributionText, null),
            new(null, LoginModel.Refusal, null), new(null, EmailAddresses.Problem, null), new(null, MarkupLimits.TooDeepWords, null),
        };
        found.AddRange(ThemeCatalog.All.Select(theme => new Text(null, theme.Description, null)));
        foreach (var source in sources)
        {
            var code = File.ReadAllText(source);
            found.AddRange(Simple().Matches(code).Select(match => new Text(null, Unescape(match.Groups["id"].Value), null)));
            found.AddRange(InContext().Matches(code).Select(match => new Text(Unescape(match.Groups["context"].Value), Unescape(match.Groups["id"].Value), null)));
            found.AddRange(Plural().Matches(code).Select(match => new Text(null, Unescape(match.Groups["id"].Value), Unescape(match.Groups["plural"].Value))));
        }
        return found.DistinctBy(text => text.Key);
    }

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"").Replace("\\\\", "\\");

    [GeneratedRegex("""\bT(?:\[|\.Html\()"(?<id>(?:[^"\\]|\\.)*)"(?!\s*\+)""")]
    private static partial Regex Simple();

    [GeneratedRegex("""\bT\.InContext\("(?<context>(?:[^"\\]|\\.)*)",\s*"(?<id>(?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex InContext();

    [GeneratedRegex("""\bT\.Plural\([^,]+,\s*"(?<id>(?:[^"\\]|\\.)*)",\s*"(?<plural>(?:[^"\\]|\\.)*)"\s*[,)]""")]
    private static partial Regex Plural();
}
