using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// The list of posts and the editor as a person whose browser speaks Russian or Arabic sees them,
/// on a phone and on a desktop: in their language, accessible, and mirrored for Arabic.
/// Screenshots land in <c>screenshots/</c>.
/// </summary>
public sealed class DashboardLanguageBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    private const string Host = "babel.localhost";

    [SkippableTheory]
    [InlineData("ru-RU", 1280, "Записи", "Новая запись", "ltr")]
    [InlineData("ru-RU", 390, "Записи", "Новая запись", "ltr")]
    [InlineData("ar", 1280, "التدوينات", "تدوينة جديدة", "rtl")]
    [InlineData("ar", 390, "التدوينات", "تدوينة جديدة", "rtl")]
    public async Task The_post_list_and_the_editor_speak_the_browsers_language(string locale, int width, string posts, string newPost, string direction)
    {
        await SiteAsync();
        var context = await chromium.Browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await LogInAsync(page);
        var problems = new List<string>();

        await page.GotoAsync(app.UrlOf(Host, "/admin/"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", direction);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(posts);
        await page.EvaluateAsync("document.fonts.ready");
        await page.SaveScreenshotAsync($"dashboard-{locale}-posts-{width}");
        problems.AddRange(await page.SeriousViolationsAsync());
        problems.AddRange(await SidewaysScrollAsync(page));
        var siteName = await page.Locator(".admin-site").BoundingBoxAsync();
        // The dashboard's bar starts with the site's name: at the left in a left-to-right language, at the right in Arabic.
        Assert.True(direction == "rtl" ? siteName!.X + siteName.Width > width / 2 : siteName!.X < width / 2, $"The site's name starts the bar at x={siteName.X}.");

        await page.GetByRole(AriaRole.Link, new() { Name = newPost }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(newPost);
        await page.EvaluateAsync("document.fonts.ready");
        await page.SaveScreenshotAsync($"dashboard-{locale}-editor-{width}");
        problems.AddRange(await page.SeriousViolationsAsync());
        problems.AddRange(await SidewaysScrollAsync(page));
        if (width >= 1280)
        {
            // Writing comes first in the reading direction, the post's settings after it.
            var writing = await page.Locator(".editor-main").BoundingBoxAsync();
            var settings = await page.Locator(".editor-side").BoundingBoxAsync();
            Assert.True(direction == "rtl" ? settings!.X < writing!.X : settings!.X > writing!.X, "The editor's settings are on the wrong side of the writing.");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await context.CloseAsync();
    }

    private static async Task<IEnumerable<string>> SidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return widths[0] > widths[1] ? [$"{page.Url} is {widths[0] - widths[1]}px wider than the {widths[1]}px window."] : [];
    }

    /// <summary>Logs in by the form's fields rather than their labels, which are in the browser's language.</summary>
    private async Task LogInAsync(IPage page)
    {
        await page.GotoAsync(app.UrlOf(Host, "/login/?returnUrl=/admin/"));
        await page.Locator("#email").FillAsync("owner-of-babel@example.com");
        await page.Locator("#password").FillAsync(FolioApp.MemberPassword);
        await page.Locator("#password").PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/");
    }

    /// <summary>The site, made on first use (tests of a class run one at a time), with a post of each status and long titles.</summary>
    private async Task SiteAsync()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            if (await scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>().Sites.AnyAsync(s => s.Slug == "babel")) return;
        var owner = await app.CreateSiteAsync("babel", "The Tower of Babel Community Newsletter");
        await app.SavePostAsync("babel", new SavePost { AuthorId = owner, Title = "Harbour authority approves the new ferry terminal after a decade of consultations", Body = "Words.", Status = PostStatus.Published, Sticky = true, Password = "secret" });
        await app.SavePostAsync("babel", new SavePost { AuthorId = owner, Title = "Выборы в городской совет: что известно о кандидатах", Body = "Слова.", Status = PostStatus.Draft });
        await app.SavePostAsync("babel", new SavePost { AuthorId = owner, Title = "مهرجان الكتاب السنوي يعود إلى المدينة القديمة", Body = "كلمات.", Status = PostStatus.Scheduled, PublishedAt = new DateTime(2099, 1, 1, 9, 0, 0, DateTimeKind.Utc) });
    }
}
