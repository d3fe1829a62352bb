using System.Net;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Localization;

/// <summary>
/// The dashboard speaks the language of the person signed in (their browser's Accept-Language),
/// whatever the site's language: a Russian speaker reads it in Russian, an Armenian in Armenian.
/// </summary>
public sealed class DashboardLanguageTests(DashboardLanguageTests.Desk desk) : IClassFixture<DashboardLanguageTests.Desk>
{
    /// <summary>An English-language site with a published post and a draft.</summary>
    public sealed class Desk : FolioApp, IAsyncLifetime
    {
        public const string Host = "polyglot.localhost";

        public async Task InitializeAsync()
        {
            var owner = await CreateSiteAsync("polyglot", "Polyglot");
            await SavePostAsync("polyglot", new SavePost { AuthorId = owner, Title = "Out in the world", Body = "Words.", Status = PostStatus.Published });
            await SavePostAsync("polyglot", new SavePost { AuthorId = owner, Title = "Still thinking", Body = "Words.", Status = PostStatus.Draft });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        /// <summary>The site's owner, signed in with a browser that asks for <paramref name="language"/> (none: no Accept-Language).</summary>
        public async Task<HttpClient> OwnerAsync(string? language)
        {
            var client = await SignedInClientAsync(Host, "owner-of-polyglot@example.com");
            if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            return client;
        }
    }

    [Fact]
    public async Task The_post_list_reads_Russian_for_a_Russian_browser_and_English_without_one()
    {
        var russian = await (await desk.OwnerAsync("ru")).GetDocumentAsync("/admin/");
        var english = await (await desk.OwnerAsync(null)).GetDocumentAsync("/admin/");

        Assert.Equal("ru", russian.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", russian.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Записи", russian.QuerySelector("h1")!.TextContent);
        Assert.Equal("Консоль", russian.QuerySelector("nav")!.GetAttribute("aria-label"));
        Assert.Equal(["Записи", "Страницы", "Комментарии", "Медиафайлы", "Источники", "Оформление", "Меню", "Виджеты", "Пользователи", "Настройки", "Импорт и экспорт", "Уведомления"],
            russian.QuerySelectorAll("nav a").Select(link => link.TextContent));
        Assert.Equal("Новая запись", russian.QuerySelector(".toolbar .button")!.TextContent);
        Assert.Equal(["Все (2)", "Опубликованные (1)", "Запланированные (0)", "Черновики (1)"], russian.QuerySelectorAll(".filters a").Select(link => link.TextContent));
        Assert.Equal(["Заголовок", "Автор", "Статус", "Дата"], russian.QuerySelectorAll("th").Select(heading => heading.TextContent));
        Assert.Equal(["Опубликовано", "Черновик"], russian.QuerySelectorAll("td .status").Select(status => status.TextContent).Order());
        Assert.Equal("Выйти", russian.QuerySelector(".admin-logout button")!.TextContent);

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Posts", english.QuerySelector("h1")!.TextContent);
        Assert.Equal(["All (2)", "Published (1)", "Scheduled (0)", "Drafts (1)"], english.QuerySelectorAll(".filters a").Select(link => link.TextContent));
    }

    [Theory]
    [InlineData(1, "Корзина очищена: 1 запись удалена навсегда.")]
    [InlineData(2, "Корзина очищена: 2 записи удалены навсегда.")]
    [InlineData(5, "Корзина очищена: 5 записей удалено навсегда.")]
    [InlineData(21, "Корзина очищена: 21 запись удалена навсегда.")]
    public async Task Emptying_the_Trash_counts_the_deleted_posts_in_Russian_grammar(int count, string expected)
    {
        var owner = await desk.OwnerAsync("ru");

        var list = await owner.GetDocumentAsync($"/admin/?status=trash&emptied={count}");

        Assert.Equal(expected, list.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task The_editor_reads_Armenian_for_an_Armenian_browser()
    {
        var editor = await (await desk.OwnerAsync("hy")).GetDocumentAsync("/admin/posts/new/");

        Assert.Equal("hy", editor.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Նոր գրառում", editor.QuerySelector("h1")!.TextContent);
        Assert.Equal("Վերնագիր", editor.QuerySelector("label[for=title]")!.TextContent);
        Assert.Equal(["Պահպանել սևագիրը", "Նախադիտում", "Հրապարակել"], editor.QuerySelectorAll(".editor-actions button").Select(button => button.TextContent));
    }

    [Fact]
    public async Task The_editor_is_right_to_left_for_an_Arabic_browser()
    {
        var editor = await (await desk.OwnerAsync("ar")).GetDocumentAsync("/admin/posts/new/");

        Assert.Equal("ar", editor.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", editor.DocumentElement.GetAttribute("dir"));
        Assert.Equal("تدوينة جديدة", editor.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_refused_save_says_why_in_Russian_and_keeps_what_was_typed()
    {
        var owner = await desk.OwnerAsync("ru");

        var refused = await owner.PostFormAsync("/admin/posts/new/", new()
        {
            ["Input.Kind"] = "Post", ["Input.Title"] = " ", ["Input.Body"] = "Слова, которые нельзя потерять.", ["Input.BodyFormat"] = "Markdown", ["action"] = "Save",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("У записи должен быть заголовок.", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Слова, которые нельзя потерять.", page.QuerySelector("#post-body")!.TextContent);
    }

    [Fact]
    public async Task Settings_read_Russian_and_a_refused_setting_says_why_in_Russian_keeping_what_was_typed()
    {
        var owner = await desk.OwnerAsync("ru");
        var settings = await owner.GetDocumentAsync("/admin/settings/");
        Assert.Equal("Настройки", settings.QuerySelector("h1")!.TextContent);
        Assert.Equal("Язык сайта", settings.QuerySelector("label[for=language]")!.TextContent);
        Assert.Equal("Сохранить настройки", settings.QuerySelector("main form > button[type=submit]")!.TextContent);
        Assert.Equal("en", settings.QuerySelector("#language option[selected]")!.GetAttribute("value")); // the site stays English

        var refused = await owner.PostFormAsync("/admin/settings/", new()
        {
            ["postsPerPage"] = "0", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2", ["moderationWords"] = "казино",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Записей на странице может быть от 1 до 50.", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("казино", page.QuerySelector("#moderation-words")!.TextContent);
        Assert.Equal("0", page.QuerySelector("#per-page")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_moderation_queue_reads_Armenian()
    {
        var queue = await (await desk.OwnerAsync("hy")).GetDocumentAsync("/admin/comments/");

        Assert.Equal("Մեկնաբանություններ", queue.QuerySelector("h1")!.TextContent);
        Assert.Equal("Սպասող (0)", queue.QuerySelector(".filters a")!.TextContent);
        Assert.Equal("Այստեղ ոչինչ չկա։", queue.QuerySelector("main > p")!.TextContent);
    }

    [Fact]
    public async Task A_Russian_sites_owner_with_an_English_browser_reads_an_English_dashboard()
    {
        await desk.CreateSiteAsync("russkiy", "Русский");
        await desk.UpdateSiteAsync("russkiy", site => site.Language = "ru");
        var owner = await desk.SignedInClientAsync("russkiy.localhost", "owner-of-russkiy@example.com");

        var list = await owner.GetDocumentAsync("/admin/");
        var front = await owner.GetDocumentAsync("/");
        var preview = await owner.GetDocumentAsync("/admin/customize/preview/?theme=minimal");

        Assert.Equal("en", list.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Posts", list.QuerySelector("h1")!.TextContent);
        Assert.Equal("ru", front.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ru", preview.DocumentElement.GetAttribute("lang")); // the customizer shows the site as its readers will see it
    }

    [Fact]
    public async Task The_moderation_queue_says_when_a_comment_came_on_the_sites_clock_in_the_persons_language()
    {
        var owner = await desk.CreateSiteAsync("moskva", "Moskva");
        await desk.UpdateSiteAsync("moskva", site => site.TimeZone = "Europe/Moscow");
        await desk.SavePostAsync("moskva", new SavePost { AuthorId = owner, Title = "Talk", Slug = "talk", Body = "Words.", Status = PostStatus.Published });
        await desk.ForSiteAsync("moskva", async services =>
        {
            var db = services.GetRequiredService<Folio.Data.FolioDbContext>();
            var post = await db.Posts.SingleAsync(p => p.Slug == "talk");
            db.Comments.Add(new Folio.Features.Comments.Comment
            {
                PostId = post.Id, AuthorName = "Kim", AuthorEmail = "kim@example.com", Body = "Hello.", Status = Folio.Features.Comments.CommentStatus.Pending,
                CreatedAt = new DateTime(2026, 12, 6, 14, 5, 0, DateTimeKind.Utc),
            });
            return await db.SaveChangesAsync();
        });
        var client = await desk.SignedInClientAsync("moskva.localhost", "owner-of-moskva@example.com");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var queue = await client.GetDocumentAsync("/admin/comments/");

        var time = queue.QuerySelector("main td time")!;
        Assert.Equal("2026-12-06T14:05:00Z", time.GetAttribute("datetime"));
        Assert.Equal("6 дек. 2026 г., 17:05 Europe/Moscow", time.TextContent);
        Assert.Equal("Ожидающие (1)", queue.QuerySelector(".filters a")!.TextContent);
        Assert.Equal("Одобрить", queue.QuerySelector("button[name=to][value=Approved]")!.TextContent);
    }

    [Fact]
    public async Task The_people_page_names_the_roles_in_Russian()
    {
        var people = await (await desk.OwnerAsync("ru")).GetDocumentAsync("/admin/people/");

        Assert.Equal("Пользователи", people.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Администратор", "Редактор", "Автор", "Участник", "Читатель (может читать сайт, пока он закрыт)"], people.QuerySelectorAll("#invite-role option").Select(option => option.TextContent));
        Assert.Equal("Отправить приглашение", people.QuerySelector(".invite-form button")!.TextContent);
    }

    [Theory]
    [InlineData("/admin/pages/", "Страницы", "Новая страница")]
    [InlineData("/admin/comments/", "Комментарии", null)]
    [InlineData("/admin/media/", "Медиафайлы", "Загрузить")]
    [InlineData("/admin/sources/", "Источники", "Добавить источник")]
    [InlineData("/admin/customize/", "Оформление", "Сохранить изменения")]
    [InlineData("/admin/people/", "Пользователи", "Изменить роль")]
    [InlineData("/admin/settings/", "Настройки", "Сохранить настройки")]
    [InlineData("/admin/import/", "Импорт и экспорт", "Импортировать")]
    public async Task Each_page_of_the_menu_is_headed_and_acted_on_in_Russian(string path, string heading, string? action)
    {
        var page = await (await desk.OwnerAsync("ru")).GetDocumentAsync(path);

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.EndsWith($"‹ Polyglot — Folio", page.Title);
        Assert.StartsWith(heading, page.Title);
        if (action is not null)
            Assert.Contains(action, page.QuerySelectorAll("main button, main a.button").Select(button => button.TextContent.Trim()));
    }
}
