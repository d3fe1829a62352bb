using System.Net;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.People;

/// <summary>
/// A person's own pages speak the language they chose on their account, else their browser's;
/// the sites they run keep speaking each site's own language to readers.
/// </summary>
public sealed class AccountLanguageTests(FolioApp app) : IClassFixture<FolioApp>
{
    private static Dictionary<string, string> AccountForm(string language) => new()
    {
        ["DisplayName"] = "Polyglot", ["Bio"] = "", ["Language"] = language, ["EmailOnLike"] = "true",
    };

    [Fact]
    public async Task Without_a_choice_the_account_page_follows_the_browser_and_says_so_to_caches()
    {
        await app.NewReaderAsync("browser-led@example.com");
        var person = await app.SignedInClientAsync("localhost", "browser-led@example.com");

        var english = await person.GetAsync("/account/");
        person.DefaultRequestHeaders.AcceptLanguage.ParseAdd("hy-AM, ru;q=0.8");
        var armenian = await Html.ParseAsync(await person.GetAsync("/account/"));

        Assert.Equal("Your account", (await Html.ParseAsync(english)).QuerySelector("h1")!.TextContent);
        Assert.Contains("Accept-Language", english.Headers.Vary);
        Assert.Equal("Ձեր հաշիվը", armenian.QuerySelector("h1")!.TextContent);
        Assert.Equal("hy", armenian.DocumentElement.GetAttribute("lang"));
        Assert.Equal("", armenian.QuerySelector("#language option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_chosen_language_answers_at_once_and_outranks_the_browser_but_not_the_sites_own()
    {
        var owner = await app.CreateSiteAsync("english-blog", "English blog");
        var path = await app.SavePostAsync("english-blog", new SavePost { AuthorId = owner, Title = "Morning", Body = "Words.", Status = PostStatus.Published });
        var platform = await app.SignedInClientAsync("localhost", "owner-of-english-blog@example.com");
        platform.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var saved = await Html.ParseAsync(await platform.PostFormAsync("/account/", AccountForm("ru")));

        Assert.Equal("Сохранено.", saved.QuerySelector(".notice")!.TextContent);
        Assert.Equal("Ваша учётная запись", (await platform.GetDocumentAsync("/account/")).QuerySelector("h1")!.TextContent);
        Assert.Equal("ru", (await platform.GetDocumentAsync("/account/")).QuerySelector("#language option[selected]")!.GetAttribute("value"));
        var reader = await app.SignedInClientAsync("english-blog.localhost", "owner-of-english-blog@example.com");
        Assert.Equal("en", (await reader.GetDocumentAsync(path)).DocumentElement.GetAttribute("lang"));

        var back = await Html.ParseAsync(await platform.PostFormAsync("/account/", AccountForm("")));
        Assert.Equal("Saved.", back.QuerySelector(".notice")!.TextContent);
        Assert.Null(await ChosenLanguageAsync("owner-of-english-blog@example.com"));
    }

    [Fact]
    public async Task A_language_without_a_catalogue_is_refused_and_what_was_typed_is_kept()
    {
        await app.NewReaderAsync("tongue-twister@example.com");
        var person = await app.SignedInClientAsync("localhost", "tongue-twister@example.com");

        var refused = await person.PostFormAsync("/account/", AccountForm("xx"));
        var page = await Html.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("“xx” is not a language Folio has a catalogue for", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Polyglot", page.QuerySelector("#display-name")!.GetAttribute("value"));
        Assert.Null(await ChosenLanguageAsync("tongue-twister@example.com"));
    }

    private async Task<string?> ChosenLanguageAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>().Users
            .Where(account => account.Email == email).Select(account => account.Language).SingleAsync();
    }
}
