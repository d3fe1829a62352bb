using System.Diagnostics;
using System.Globalization;
using Folio.Features.Likes;
using Folio.Infrastructure.Localization;

namespace Folio.Tests.Localization;

/// <summary>Texts in a request's language through the shipped catalogues: plural forms by each language's rule, English where a text has no translation.</summary>
public sealed class LocalizerTests
{
    private static readonly Localizer T = new(Catalogues.Shipped());

    [Theory]
    [InlineData("ru", 1, "1 блогер отметил это:")]
    [InlineData("ru", 2, "2 блогера отметили это:")]
    [InlineData("ru", 4, "4 блогера отметили это:")]
    [InlineData("ru", 5, "5 блогеров отметили это:")]
    [InlineData("ru", 11, "11 блогеров отметили это:")]
    [InlineData("ru", 12, "12 блогеров отметили это:")]
    [InlineData("ru", 21, "21 блогер отметил это:")]
    [InlineData("ru", 22, "22 блогера отметили это:")]
    [InlineData("ru", 111, "111 блогеров отметили это:")]
    [InlineData("ru", 1001, "1 001 блогер отметил это:")]
    [InlineData("ar", 1, "أُعجب بهذا مدوّن واحد:")]
    [InlineData("ar", 2, "أُعجب بهذا مدوّنان:")]
    [InlineData("ar", 3, "أُعجب بهذا 3 مدوّنين:")]
    [InlineData("ar", 11, "أُعجب بهذا 11 مدوّنًا:")]
    [InlineData("ar", 100, "أُعجب بهذا 100 مدوّن:")]
    [InlineData("hy", 1, "Սա հավանել է 1 բլոգեր՝")]
    [InlineData("hy", 2, "Սա հավանել են 2 բլոգեր՝")]
    [InlineData("en", 1, "One blogger likes this.")]
    [InlineData("en", 21, "21 bloggers like this:")]
    [InlineData("en", 1001, "1,001 bloggers like this:")]
    public void The_likes_line_takes_the_form_the_language_gives_the_count(string language, int count, string expected)
    {
        InLanguage(language);

        Assert.Equal(expected, new LikesView(1, count, [], false).Summary(T).Replace('\u00A0', ' '));
    }

    [Fact]
    public void A_text_without_a_translation_and_a_language_without_a_catalogue_show_the_English_text()
    {
        InLanguage("ru");
        Assert.Equal("A text no catalogue has", T["A text no catalogue has"]);
        Assert.Equal("7 things", T.Plural(7, "{0} thing", "{0} things"));

        InLanguage("fr");
        Assert.Equal("Leave a Reply", T["Leave a Reply"]);
    }

    /// <summary>
    /// A missing translation is expected (every English text is one), so looking one up must cost
    /// nothing: NGettext's own catalogue traces each miss, which under load queued every render on
    /// the trace lock and on syslog.
    /// </summary>
    [Fact]
    public void Looking_up_texts_without_a_translation_writes_no_trace()
    {
        using var traced = new RecordingTraceListener();
        Trace.Listeners.Add(traced);
        try
        {
            foreach (var language in new[] { "en", "ru" })
            {
                InLanguage(language);
                _ = T["Untranslated okapi sentence"];
                _ = T.Plural(3, "{0} untranslated okapi", "{0} untranslated okapis");
                _ = T.InContext("okapi context", "Untranslated okapi word");
            }
        }
        finally
        {
            Trace.Listeners.Remove(traced);
        }

        // Other tests run alongside and may trace for their own reasons: only these texts count.
        Assert.DoesNotContain(traced.Lines, line => line.Contains("okapi", StringComparison.Ordinal));
    }

    private sealed class RecordingTraceListener : TraceListener
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> lines = new();
        public IEnumerable<string> Lines => lines;
        public override void Write(string? message) => lines.Enqueue(message ?? "");
        public override void WriteLine(string? message) => lines.Enqueue(message ?? "");
    }

    [Fact]
    public void A_regional_culture_uses_its_languages_catalogue_and_markup_in_a_text_stays_markup_while_arguments_are_encoded()
    {
        InLanguage("ru-RU");

        var html = T.Html("by <a href=\"{0}\" rel=\"author\">{1}</a>", "/author/anna/", "<Анна>");

        using var written = new StringWriter();
        html.WriteTo(written, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        Assert.Equal("автор: <a href=\"/author/anna/\" rel=\"author\">&lt;Анна&gt;</a>", written.ToString());
    }

    [Fact]
    public void The_languages_are_English_and_one_for_each_catalogue_named_in_their_own_words()
    {
        var catalogues = Catalogues.Shipped();

        Assert.Equal(["en", "ar", "hy", "ru"], catalogues.Languages.Select(language => language.Code));
        Assert.True(catalogues.Find("ar")!.RightToLeft);
        Assert.Equal("Русский", catalogues.Find("ru")!.NativeName);
        using var english = LanguageScope.Of(Catalogues.English);
        Assert.Null(catalogues.Problem("hy", new Localizer(catalogues)));
        Assert.Equal("“xx” is not a language Folio has a catalogue for; choose one of English (en), العربية (ar), Հայերեն (hy), Русский (ru).", catalogues.Problem("xx", new Localizer(catalogues)));
        Assert.Equal("ru", catalogues.BestFor([new("fr-FR", 0.9), new("ru-RU", 0.8)]).Code);
        Assert.Equal("en", catalogues.BestFor([new("fr-FR")]).Code);
    }

    private static void InLanguage(string name) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
}
