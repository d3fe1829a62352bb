using Folio.Features.Identity;
using Folio.Features.Likes;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// A Russian and an Armenian site as their readers see them: the page's language, the comment
/// form, dates, and the likes line in the plural form each count takes.
/// </summary>
public sealed class LanguageBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    public sealed record Expected(string Language, string LeaveAReply, string CommentLabel, string PostComment, string Date, string AwaitingModeration, string[] LikesLines);

    private static readonly DateTime PublishedAt = new(2024, 10, 11, 9, 0, 0, DateTimeKind.Utc);
    private static readonly int[] LikerCounts = [1, 2, 5, 21];

    public static TheoryData<Expected> Languages() =>
    [
        new("ru", "Добавить комментарий", "Комментарий", "Отправить комментарий", "11 октября 2024 г.", "Ваш комментарий ожидает проверки.",
            ["1 блогер отметил это:", "2 блогера отметили это:", "5 блогеров отметили это:", "21 блогер отметил это:"]),
        new("hy", "Թողնել պատասխան", "Մեկնաբանություն", "Ուղարկել մեկնաբանությունը", "11 հոկտեմբերի, 2024 թ.", "Ձեր մեկնաբանությունը սպասում է ստուգման։",
            ["Սա հավանել է 1 բլոգեր՝", "Սա հավանել են 2 բլոգեր՝", "Սա հավանել են 5 բլոգեր՝", "Սա հավանել են 21 բլոգեր՝"]),
    ];

    [SkippableTheory]
    [MemberData(nameof(Languages))]
    public async Task A_site_in_its_language_words_the_comment_form_dates_and_likes_for_each_count(Expected expected)
    {
        var slug = $"lang-{expected.Language}";
        var paths = await SiteWithLikedPostsAsync(slug, expected.Language);
        var problems = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            for (var i = 0; i < LikerCounts.Length; i++)
            {
                await page.GotoAsync(app.UrlOf($"{slug}.localhost", paths[i]));
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", expected.Language);
                await Assertions.Expect(page.Locator("#likes .likes-summary")).ToHaveTextAsync(expected.LikesLines[i]);
            }
            await Assertions.Expect(page.Locator(".post-meta time")).ToHaveTextAsync(expected.Date);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = expected.LeaveAReply })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = expected.PostComment })).ToBeVisibleAsync();
            problems.AddRange(await page.SeriousViolationsAsync());
            await page.SaveScreenshotAsync($"language-{expected.Language}-{width}");
        }

        var reader = await chromium.Browser.NewPageAsync();
        await reader.GotoAsync(app.UrlOf($"{slug}.localhost", paths[0]));
        await reader.GetByRole(AriaRole.Textbox, new() { Name = expected.CommentLabel }).FillAsync("Спасибо! Շնորհակալություն։");
        await reader.Locator("#email").FillAsync("reader@example.com");
        await reader.Locator("#author").FillAsync("Читатель");
        await reader.GetByRole(AriaRole.Button, new() { Name = expected.PostComment }).ClickAsync();
        await Assertions.Expect(reader.GetByText(expected.AwaitingModeration)).ToBeVisibleAsync();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableFact]
    public async Task An_Arabic_site_reads_right_to_left_with_its_columns_mirrored()
    {
        var owner = await app.CreateSiteAsync("arabi", "مدونة عربية");
        await app.UpdateSiteAsync("arabi", site => site.Language = "ar");
        var path = await app.SavePostAsync("arabi", new SavePost
        {
            AuthorId = owner, Title = "تدوينة جديدة", Body = "> اقتباس قصير من مصدر.\n\nنص التدوينة.", Status = PostStatus.Published, PublishedAt = PublishedAt,
            OriginalUrl = "https://news.example.org/ar/1", SourceName = "وكالة الأنباء",
        });
        var problems = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(app.UrlOf("arabi.localhost", path));

            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "اترك ردًا" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "اقرأ المقال الأصلي هنا" })).ToBeVisibleAsync();
            // Right to left: the heading starts at the column's right edge, and the quote's rule and
            // the attribution's bar stand on the right, where the lines begin.
            var column = (await page.Locator(".post-content").BoundingBoxAsync())!;
            var heading = (await page.Locator(".comment-reply-title [data-reply-title]").BoundingBoxAsync())!;
            Assert.InRange(column.X + column.Width - (heading.X + heading.Width), -1, 1);
            Assert.Equal("0px", await page.Locator(".post-content blockquote").EvaluateAsync<string>("quote => getComputedStyle(quote).borderLeftWidth"));
            Assert.NotEqual("0px", await page.Locator(".post-content blockquote").EvaluateAsync<string>("quote => getComputedStyle(quote).borderRightWidth"));
            if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")) problems.Add($"The page scrolls sideways at {width}px.");
            problems.AddRange(await page.SeriousViolationsAsync());
            await page.SaveScreenshotAsync($"language-ar-{width}");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>A site in the language with one post per count of likers, all published the same day.</summary>
    private async Task<List<string>> SiteWithLikedPostsAsync(string slug, string language)
    {
        var owner = await app.CreateSiteAsync(slug, language == "ru" ? "Заметки из Еревана" : "Երևանյան նոթեր");
        await app.UpdateSiteAsync(slug, site => site.Language = language);
        var readers = await ReadersAsync(slug, LikerCounts.Max());
        var paths = new List<string>();
        foreach (var count in LikerCounts)
        {
            var path = await app.SavePostAsync(slug, new SavePost
            {
                AuthorId = owner, Title = $"Новая заметка {count}", Body = "Текст заметки. Գրառման տեքստը։", Status = PostStatus.Published, PublishedAt = PublishedAt,
            });
            var postId = await app.QuerySiteAsync(slug, db => db.Posts.Where(p => p.Title == $"Новая заметка {count}").Select(p => p.Id).SingleAsync());
            foreach (var reader in readers.Take(count))
            {
                await app.ForSiteAsync(slug, services => services.GetRequiredService<LikePostHandler>()
                    .HandleAsync(new LikePost(postId, reader), path => app.UrlOf($"{slug}.localhost", path)));
            }
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>Platform accounts to like the site's posts with.</summary>
    private async Task<IReadOnlyList<long>> ReadersAsync(string slug, int count)
    {
        var readers = new List<long>();
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<CreateAccountHandler>();
        for (var number = 1; number <= count; number++)
        {
            var created = await accounts.HandleAsync(new CreateAccount($"liker-{number}@{slug}.example", FolioApp.MemberPassword, $"Liker {number}"));
            readers.Add(created.Account!.Id);
        }
        return readers;
    }
}
