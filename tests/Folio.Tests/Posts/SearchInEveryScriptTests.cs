using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

/// <summary>
/// A reader's search (<c>/?s=…</c>) in every script and in the site's language: whole words of
/// every script on both databases, inflected forms where PostgreSQL stems the site's language.
/// </summary>
public sealed class SearchInEveryScriptTests(SearchInEveryScriptTests.ScriptSites sites) : IClassFixture<SearchInEveryScriptTests.ScriptSites>
{
    /// <summary>An English site with posts in many scripts, a Russian and an Armenian site, and an English site that will turn Russian.</summary>
    public sealed class ScriptSites : FolioApp, IAsyncLifetime
    {
        public const string Scripts = "scripts", Russian = "russian", Armenian = "armenian", Changing = "changing";

        public async Task InitializeAsync()
        {
            var author = await CreateSiteAsync(Scripts, "Every script");
            // Each pair holds words a careless tokenizer would split, fold into one another or join.
            await PublishAsync(Scripts, author, "Мой первый отзыв", "Я прочитал книгу за один вечер.");
            await PublishAsync(Scripts, author, "Мои записки", "Заметки о дороге домой.");
            await PublishAsync(Scripts, author, "Գարնանային Երևան", "Երևանում ծաղկել են ծիրանենիները։");
            await PublishAsync(Scripts, author, "Ամառային լիճ", "Սևանի ջուրը սառն էր։");
            await PublishAsync(Scripts, author, "Ο σκύλος στην παραλία", "Ο σκύλος τρέχει στην άμμο.");
            await PublishAsync(Scripts, author, "Η γάτα", "Η γάτα κοιμάται στον ήλιο.");
            await PublishAsync(Scripts, author, "كتاب جديد", "قرأت كتابا جديدا هذا الأسبوع.");
            await PublishAsync(Scripts, author, "أمل", "لدينا أمل كبير.");
            await PublishAsync(Scripts, author, "ים שקט", "הים שקט היום.");
            await PublishAsync(Scripts, author, "שלום", "שלום לכולם.");
            await PublishAsync(Scripts, author, "東京の春", "東京で桜が咲きました。");
            await PublishAsync(Scripts, author, "京都の寺", "京都の東にある寺を訪ねました。");
            await PublishAsync(Scripts, author, "हिन्दी", "हिन्दी भाषा सुंदर है।");
            await PublishAsync(Scripts, author, "Quiet gardens", "The gardens were quiet this morning.");

            var russian = await CreateSiteAsync(Russian, "Заметки");
            await SetLanguageAsync(Russian, "ru");
            await PublishAsync(Russian, russian, "Итоги выборов", "О выборах в парламент писали все газеты.");
            await PublishAsync(Russian, russian, "Весенний сад", "В саду расцвели яблони.");

            var armenian = await CreateSiteAsync(Armenian, "Նոթեր");
            await SetLanguageAsync(Armenian, "hy");
            await PublishAsync(Armenian, armenian, "Ընտրություններից հետո", "Ընտրությունների արդյունքները հայտնի են։");

            var changing = await CreateSiteAsync(Changing, "Notes");
            await PublishAsync(Changing, changing, "Итоги выборов", "О выборах в парламент писали все газеты.");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private Task PublishAsync(string slug, long author, string title, string body) => SavePostAsync(slug, new SavePost
        {
            AuthorId = author,
            Title = title,
            Body = body,
            Status = PostStatus.Published,
            PublishedAt = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc),
        });

        /// <summary>Changes the site's language in its settings, as its administrator does.</summary>
        public Task SetLanguageAsync(string slug, string language) => ForSiteAsync(slug, async services =>
        {
            var now = services.GetRequiredService<CurrentSite>().Required;
            var problem = await services.GetRequiredService<UpdateSiteSettingsHandler>().HandleAsync(new UpdateSiteSettings(
                now.CustomDomain, now.PostsPerPage, now.CommentModeration, now.CommentThreadDepth, now.CommentLinkLimit, now.ModerationWords,
                now.BlocklistWords, now.CloseCommentsAfterDays, now.LikesEnabled, now.AttributionText, language));
            Assert.Null(problem);
            return 0;
        });
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string site, string words)
    {
        var page = await sites.ClientFor($"{site}.localhost").GetDocumentAsync($"/?s={Uri.EscapeDataString(words)}");
        return [.. page.PostTitles().Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData("мой", "Мой первый отзыв")] // not "мои": й is a letter of its own, not и with a mark
    [InlineData("мои", "Мои записки")]
    [InlineData("ВЕЧЕР", "Мой первый отзыв")]
    [InlineData("Երևանում", "Գարնանային Երևան")]
    [InlineData("Սևանի", "Ամառային լիճ")]
    [InlineData("σκύλος", "Ο σκύλος στην παραλία")]
    [InlineData("γάτα", "Η γάτα")]
    [InlineData("كتابا", "كتاب جديد")]
    [InlineData("أمل", "أمل")]
    [InlineData("שקט", "ים שקט")]
    [InlineData("שלום", "שלום")]
    [InlineData("東京", "東京の春")] // not 京都の寺, whose 京 and 東 stand apart
    [InlineData("桜", "東京の春")]
    [InlineData("京都", "京都の寺")]
    [InlineData("寺 京都", "京都の寺")]
    [InlineData("हिन्दी", "हिन्दी")] // its vowel signs are combining marks, parts of the word
    [InlineData("सुंदर", "हिन्दी")]
    [InlineData("garden", "Quiet gardens")]
    [InlineData("QUIET gardens", "Quiet gardens")]
    public async Task A_whole_word_of_any_script_finds_its_post_and_no_other(string words, string title)
    {
        Assert.Equal([title], await SearchAsync(ScriptSites.Scripts, words));
    }

    [Theory]
    [InlineData("Ереван")] // a word in a script the site has, in no post
    [InlineData("σκύλοι")]
    [InlineData("東京 京都")] // two words no one post holds
    [InlineData("京東")]
    [InlineData("हिन")] // a fragment of a word
    public async Task A_word_no_post_holds_finds_nothing(string words)
    {
        Assert.Empty(await SearchAsync(ScriptSites.Scripts, words));
    }

    [Theory]
    [InlineData(ScriptSites.Russian, "выборах", "Итоги выборов")]
    [InlineData(ScriptSites.Russian, "яблони", "Весенний сад")]
    [InlineData(ScriptSites.Armenian, "հայտնի", "Ընտրություններից հետո")]
    public async Task A_site_in_its_language_finds_its_exact_words(string site, string words, string title)
    {
        Assert.Equal([title], await SearchAsync(site, words));
    }

    [SkippableTheory]
    [Trait("Category", TestDatabase.PostgresOnly)]
    [InlineData(ScriptSites.Russian, "выборы", "Итоги выборов")] // the post says "выборов" and "выборах"
    [InlineData(ScriptSites.Russian, "выбор", "Итоги выборов")]
    [InlineData(ScriptSites.Russian, "газета", "Итоги выборов")]
    [InlineData(ScriptSites.Russian, "яблоня сады", "Весенний сад")]
    [InlineData(ScriptSites.Armenian, "ընտրությունները", "Ընտրություններից հետո")] // the post says "ընտրությունների"
    [InlineData(ScriptSites.Armenian, "արդյունք", "Ընտրություններից հետո")]
    public async Task A_site_on_PostgreSQL_finds_words_of_its_language_in_their_inflected_forms(string site, string words, string title)
    {
        Skip.IfNot(TestDatabase.IsPostgres, "SQLite has no Russian or Armenian stemmer: it finds exact words only.");
        Assert.Equal([title], await SearchAsync(site, words));
    }

    [SkippableFact]
    [Trait("Category", TestDatabase.PostgresOnly)]
    public async Task Changing_a_sites_language_on_PostgreSQL_searches_its_posts_in_the_new_language()
    {
        Skip.IfNot(TestDatabase.IsPostgres, "SQLite has no Russian stemmer: it finds exact words only.");
        Assert.Equal(["Итоги выборов"], await SearchAsync(ScriptSites.Changing, "выборах"));
        Assert.Empty(await SearchAsync(ScriptSites.Changing, "выборы")); // English stems no Russian

        await sites.SetLanguageAsync(ScriptSites.Changing, "ru");

        Assert.Equal(["Итоги выборов"], await SearchAsync(ScriptSites.Changing, "выборы"));
        Assert.Equal(["Итоги выборов"], await SearchAsync(ScriptSites.Changing, "выборах"));
    }
}
