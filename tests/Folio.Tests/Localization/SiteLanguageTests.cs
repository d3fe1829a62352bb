using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Localization;

/// <summary>A site's language as its administrator sets it and as its readers and their feed readers get it.</summary>
public sealed class SiteLanguageTests(FolioApp app) : IClassFixture<FolioApp>
{
    private static Dictionary<string, string> Settings(string language) => new()
    {
        ["language"] = language, ["postsPerPage"] = "10", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2",
    };

    [Fact]
    public async Task An_administrator_switches_the_site_to_Russian_and_the_next_reader_reads_it_in_Russian()
    {
        var owner = await app.CreateSiteAsync("switching", "Switching");
        var path = await app.SavePostAsync("switching", new SavePost { AuthorId = owner, Title = "Первая запись", Body = "Слова.", Status = PostStatus.Published });
        var reader = app.ClientFor("switching.localhost");
        Assert.Equal("Leave a Reply", (await reader.GetDocumentAsync(path)).QuerySelector("#respond h3 [data-reply-title]")!.TextContent);
        var admin = await app.SignedInClientAsync("switching.localhost", "owner-of-switching@example.com");

        var saved = await admin.PostFormAsync("/admin/settings/", Settings("ru"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await reader.GetDocumentAsync(path); // the cached English page is gone
        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Добавить комментарий", page.QuerySelector("#respond h3 [data-reply-title]")!.TextContent);
        Assert.Equal("ru", (await admin.GetDocumentAsync("/admin/settings/")).QuerySelector("#language option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_language_Folio_has_no_catalogue_for_is_refused_naming_those_it_has_and_nothing_changes()
    {
        await app.CreateSiteAsync("unknown-tongue", "Unknown tongue");
        var admin = await app.SignedInClientAsync("unknown-tongue.localhost", "owner-of-unknown-tongue@example.com");

        var refused = await admin.PostFormAsync("/admin/settings/", Settings("xx"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("“xx” is not a language Folio has a catalogue for; choose one of English (en), العربية (ar), Հայերեն (hy), Русский (ru).",
            (await Html.ParseAsync(refused)).QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("en", await app.QuerySiteAsync("unknown-tongue", db => db.Sites.Where(s => s.Slug == "unknown-tongue").Select(s => s.Language).SingleAsync()));
    }

    [Fact]
    public async Task Feeds_say_the_sites_language_and_title_its_comments_in_it()
    {
        var owner = await app.CreateSiteAsync("lenta", "Лента");
        await app.UpdateSiteAsync("lenta", site => site.Language = "ru");
        var path = await app.SavePostAsync("lenta", new SavePost { AuthorId = owner, Title = "Новости дня", Body = "Слова.", Status = PostStatus.Published });
        var reader = app.ClientFor("lenta.localhost");

        var rss = XDocument.Parse(await reader.GetStringAsync("/feed/"));
        var atom = XDocument.Parse(await reader.GetStringAsync("/feed/atom/"));
        using var json = JsonDocument.Parse(await reader.GetStringAsync("/feed/json/"));
        var comments = XDocument.Parse(await reader.GetStringAsync(path + "feed/"));

        Assert.Equal("ru", rss.Root!.Element("channel")!.Element("language")!.Value);
        Assert.Equal("ru", atom.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("ru", json.RootElement.GetProperty("language").GetString());
        Assert.Equal("Комментарии к записи «Новости дня»", comments.Root!.Element("channel")!.Element("title")!.Value);
    }
}
