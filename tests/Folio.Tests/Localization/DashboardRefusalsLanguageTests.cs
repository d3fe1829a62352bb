using System.Net;
using System.Net.Http.Json;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Folio.Tests.Media;
using Folio.Tests.RestApi;

namespace Folio.Tests.Localization;

/// <summary>
/// The refusals that the dashboard's shared handlers word (media, design, sources, comments,
/// settings, the editor) read in the language of the person signed in, with the names and
/// numbers in them, and the form keeps what was typed. The mail a site sends speaks the site's
/// language, whatever the dashboard's; the REST API answers in English.
/// </summary>
public sealed class DashboardRefusalsLanguageTests(DashboardRefusalsLanguageTests.Desk desk) : IClassFixture<DashboardRefusalsLanguageTests.Desk>
{
    /// <summary>An English-language site with one published post.</summary>
    public sealed class Desk : FolioApp, IAsyncLifetime
    {
        public const string Host = "refusals.localhost";

        public long OwnerId { get; private set; }

        public async Task InitializeAsync()
        {
            OwnerId = await CreateSiteAsync("refusals", "Refusals");
            await SavePostAsync("refusals", new SavePost { AuthorId = OwnerId, Title = "Talk", Slug = "talk", Body = "Words.", Status = PostStatus.Published });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        /// <summary>The site's owner, signed in with a browser that asks for Russian.</summary>
        public async Task<HttpClient> RussianOwnerAsync()
        {
            var client = await SignedInClientAsync(Host, "owner-of-refusals@example.com");
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
            return client;
        }
    }

    [Fact]
    public async Task A_file_that_is_no_image_is_refused_in_Russian_by_its_name_keeping_the_alt_text()
    {
        var owner = await desk.RussianOwnerAsync();

        var refused = await owner.UploadAsync("Это не картинка."u8.ToArray(), "notes.txt", "Схема гавани");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("«notes.txt» — не изображение JPEG, PNG, GIF или WebP, что бы ни говорило его имя.", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Схема гавани", page.QuerySelector("#alt-text")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_pale_accent_is_refused_in_Russian_with_its_contrast_keeping_the_title()
    {
        var owner = await desk.RussianOwnerAsync();

        var refused = await owner.PostFormAsync("/admin/customize/", new()
        {
            ["title"] = "Отказы", ["tagline"] = "", ["theme"] = "minimal", ["accentColor"] = "#ffff00", ["headerImageUrl"] = "", ["iconUrl"] = "",
        });

        var page = await Html.ParseAsync(refused);
        var errors = page.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("Акцентный цвет #ffff00 слишком светлый для фона темы", errors);
        Assert.Contains("не меньше 4,5:1", errors);
        Assert.Equal("Отказы", page.QuerySelector("#title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_address_that_is_no_link_is_refused_in_Russian_keeping_the_address()
    {
        var owner = await desk.RussianOwnerAsync();

        var refused = await owner.PostFormAsync("/admin/sources/?handler=Add", new() { ["Address"] = "новости.example/rss", ["Mode"] = "Draft" }, pagePath: "/admin/sources/");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Введите полный адрес ленты или сайта, начиная с http:// или https://.", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("новости.example/rss", page.QuerySelector("#source-url")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_article_that_cannot_be_read_is_refused_in_Russian_by_its_address_keeping_the_address()
    {
        var owner = await desk.RussianOwnerAsync();

        var editor = await owner.GetDocumentAsync("/admin/posts/new/?repost=http%3A%2F%2F127.0.0.1%3A9%2Farticle");

        Assert.StartsWith("Не удалось прочитать http://127.0.0.1:9/article: ", editor.QuerySelector(".form-errors li")!.TextContent);
        Assert.Equal("http://127.0.0.1:9/article", editor.QuerySelector("#repost-url")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_emptied_comment_is_refused_in_Russian_keeping_the_edit()
    {
        var commentId = await desk.ForSiteAsync("refusals", async services =>
        {
            var db = services.GetRequiredService<FolioDbContext>();
            var comment = db.Comments.Add(new Comment
            {
                PostId = await db.Posts.Where(p => p.Slug == "talk").Select(p => p.Id).SingleAsync(), AuthorName = "Kim", AuthorEmail = "kim@example.com",
                Body = "Hello.", Status = CommentStatus.Approved, CreatedAt = new DateTime(2026, 12, 6, 14, 5, 0, DateTimeKind.Utc),
            }).Entity;
            await db.SaveChangesAsync();
            return comment.Id;
        });
        var owner = await desk.RussianOwnerAsync();

        var refused = await owner.PostFormAsync("/admin/comments/?handler=Edit", new()
        {
            ["id"] = commentId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["status"] = "approved",
            ["name"] = "Ким Ли", ["email"] = "kim@example.com", ["url"] = "", ["body"] = " ",
        }, pagePath: "/admin/comments/?status=approved");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Комментарий не может быть пустым; вместо этого переместите его в корзину.", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Ким Ли", page.QuerySelector($"#name-{commentId}")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_mistyped_time_zone_is_refused_in_Russian_naming_the_nearest_keeping_the_settings()
    {
        var owner = await desk.RussianOwnerAsync();

        var refused = await owner.PostFormAsync("/admin/settings/", new()
        {
            ["postsPerPage"] = "10", ["timeZone"] = "Europe/Mosow", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2",
            ["moderationWords"] = "казино",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Часовой пояс Europe/Mosow Folio не знает; выберите, например, Europe/Moscow.", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("казино", page.QuerySelector("#moderation-words")!.TextContent);
    }

    [Fact]
    public async Task A_page_at_an_address_the_site_uses_is_refused_in_Russian_by_that_address_keeping_the_words()
    {
        var owner = await desk.RussianOwnerAsync();

        var refused = await owner.PostFormAsync("/admin/posts/new/", new()
        {
            ["Input.Kind"] = "Page", ["Input.Title"] = "Лента", ["Input.Slug"] = "feed", ["Input.Body"] = "Слова, которые нельзя потерять.",
            ["Input.BodyFormat"] = "Markdown", ["action"] = "Save",
        }, pagePath: "/admin/posts/new/?kind=page");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Страница не может находиться по адресу /feed/: этот адрес сайт использует сам. Выберите другой ярлык.", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Слова, которые нельзя потерять.", page.QuerySelector("#post-body")!.TextContent);
    }

    [Fact]
    public async Task The_REST_API_refuses_in_English_on_a_Russian_site()
    {
        await desk.CreateSiteAsync("russkiy-api", "Русский API");
        await desk.UpdateSiteAsync("russkiy-api", site => site.Language = "ru");
        const string owner = "owner-of-russkiy-api@example.com";
        var client = ApplicationPasswordClient.For(desk, "russkiy-api.localhost", owner, await ApplicationPasswordClient.CreateAsync(desk, owner));

        var refused = await client.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = " ", content = "Слова." });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("A post needs a title.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_Armenian_sites_invitation_is_written_in_Armenian_from_an_English_dashboard()
    {
        await desk.CreateSiteAsync("hayeren", "Հայերեն");
        await desk.UpdateSiteAsync("hayeren", site => site.Language = "hy");
        var owner = await desk.SignedInClientAsync("hayeren.localhost", "owner-of-hayeren@example.com");

        var sent = await owner.PostFormAsync("/admin/people/?handler=Invite", new() { ["email"] = "ani@hayeren.example", ["role"] = "Editor" }, pagePath: "/admin/people/");

        Assert.Contains("Invitation sent to ani@hayeren.example.", await sent.Content.ReadAsStringAsync());
        var mail = await desk.WaitForMailAsync("ani@hayeren.example", "Հրավեր");
        Assert.Equal("Հրավեր «Հայերեն» կայքին", mail.Subject);
        Assert.Contains("Ձեզ հրավիրում են միանալու Հայերեն կայքին որպես խմբագիր։", mail.TextBody);
        Assert.Contains("Հրավերը գործում է 7 օր։", mail.TextBody);
    }
}
