using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Themes;
using Folio.Features.Widgets;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// Every kind of widget in each theme, in a real browser at a desktop and a phone width: the sidebar
/// beside the posts from 1024 px in a theme that has one and under them below that, the footer's
/// widgets on every page, nothing scrolling sideways, and axe content. Screenshots land in
/// <c>screenshots/widgets-*</c> for a person to look at.
/// </summary>
public sealed class WidgetBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    public static TheoryData<string> Themes => new(ThemeCatalog.All.Select(theme => theme.Name));

    [SkippableTheory]
    [MemberData(nameof(Themes))]
    public async Task Sidebar_and_footer_widgets_fit_desktops_and_phones_and_pass_axe(string theme)
    {
        var (host, postPath) = await SiteWithWidgetsAsync(theme);
        var hasSidebar = ThemeCatalog.Find(theme).HasSidebar;
        var problems = new List<string>();

        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            foreach (var (name, path) in new[] { ("home", "/"), ("post", postPath) })
            {
                await page.GotoAsync(app.UrlOf(host, path));
                await page.EvaluateAsync("document.fonts.ready");
                if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"))
                    problems.Add($"{theme} {name} at {width}px scrolls sideways.");
                problems.AddRange(await page.SeriousViolationsAsync());
                await page.SaveScreenshotAsync($"widgets-{theme}-{name}-{width}");

                await Assertions.Expect(page.Locator(".site-footer .widget-text")).ToContainTextAsync("Printed on recycled pixels.");
                await Assertions.Expect(page.Locator(".site-footer .follow-box button")).ToBeVisibleAsync();
                var sidebar = page.GetByRole(AriaRole.Complementary, new() { Name = "Sidebar" });
                if (!hasSidebar)
                {
                    await Assertions.Expect(sidebar).ToHaveCountAsync(0);
                    continue;
                }
                await Assertions.Expect(sidebar.GetByRole(AriaRole.Search)).ToBeVisibleAsync();
                await Assertions.Expect(sidebar.GetByRole(AriaRole.Heading, new() { Name = "About the author" })).ToBeVisibleAsync();
                var main = await page.Locator("main").BoundingBoxAsync();
                var aside = await sidebar.BoundingBoxAsync();
                if (width >= 1024 && !(aside!.X >= main!.X + main.Width && aside.Y < main.Y + 200))
                    problems.Add($"{theme} {name} at {width}px: the sidebar is not beside the content.");
                if (width < 1024 && aside!.Y < main!.Y + main.Height)
                    problems.Add($"{theme} {name} at {width}px: the sidebar is not under the content.");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableFact]
    public async Task The_search_widget_finds_posts_at_the_sites_search_address()
    {
        var (host, _) = await SiteWithWidgetsAsync("magazine");
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(app.UrlOf(host));

        var search = page.GetByRole(AriaRole.Complementary, new() { Name = "Sidebar" }).GetByRole(AriaRole.Search);
        await search.GetByLabel("Search for").FillAsync("bridge");
        await search.GetByLabel("Search for").PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("?s=bridge"));
        await Assertions.Expect(page.Locator("article .post-title")).ToHaveTextAsync(["Why the bridge closed"]);
    }

    [SkippableFact]
    public async Task The_demo_site_shows_its_default_widgets_in_its_own_theme_and_in_Newsroom()
    {
        var problems = new List<string>();
        foreach (var theme in new[] { "classic", "magazine" })
        {
            await app.UpdateSiteAsync("demo", site => site.Theme = theme);
            foreach (var width in new[] { 1280, 390 })
            {
                var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
                await page.GotoAsync(app.UrlOf("demo.localhost"));
                await page.EvaluateAsync("document.fonts.ready");
                if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"))
                    problems.Add($"The demo in {theme} at {width}px scrolls sideways.");
                problems.AddRange(await page.SeriousViolationsAsync());
                await page.SaveScreenshotAsync($"widgets-demo-{theme}-{width}");
                await Assertions.Expect(page.Locator(".site-footer section.widget > h2")).ToHaveTextAsync(["Follow this site", "Feeds"]);
                await page.CloseAsync();
            }
        }
        await app.UpdateSiteAsync("demo", site => site.Theme = ThemeCatalog.DefaultName);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableFact]
    public async Task The_owner_moves_a_widget_by_keyboard_and_the_editor_passes_axe_on_desktops_and_phones()
    {
        var (host, _) = await SiteWithWidgetsAsync("magazine");
        async Task<IPage> EditorAsync(int width)
        {
            var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 1000 } });
            await page.BringToFrontAsync(); // the focus is only seen in the page that has the browser's
            await page.GotoAsync(app.UrlOf(host, "/login/?returnUrl=/admin/widgets/"));
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("owner-of-widgets-magazine@example.com");
            await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/widgets/");
            return page;
        }

        var phone = await EditorAsync(390);
        Assert.Empty(await phone.SeriousViolationsAsync());
        Assert.False(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "The editor scrolls sideways on a phone.");
        await phone.SaveScreenshotAsync("widgets-editor-390");
        await phone.CloseAsync();

        var editor = await EditorAsync(1280);
        Assert.Empty(await editor.SeriousViolationsAsync());
        await editor.SaveScreenshotAsync("widgets-editor-1280");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Move down: Search" }).FocusAsync();
        await editor.Keyboard.PressAsync("Enter");

        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Widgets saved");
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Move down: Search" })).ToBeFocusedAsync();
        await Assertions.Expect(editor.Locator(".widget-kind").First).ToHaveTextAsync("About the author");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Move up: Search" }).ClickAsync(); // as it was, for the other tests
        await Assertions.Expect(editor.Locator(".widget-kind").First).ToHaveTextAsync("Search");
    }

    /// <summary>The site wearing the theme with one widget of every kind, made on first use (tests of a class run one at a time).</summary>
    private async Task<(string Host, string PostPath)> SiteWithWidgetsAsync(string theme)
    {
        var slug = $"widgets-{theme}";
        await using var scope = app.Services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>().Sites.AnyAsync(s => s.Slug == slug))
            await CreateSiteAsync(slug, theme);
        var path = await app.QuerySiteAsync(slug, db => db.Posts.Where(p => p.Slug == "bridge").Select(p => new { p.PublishedLocal, p.Slug }).SingleAsync());
        return ($"{slug}.localhost", PostPaths.Permalink(path.PublishedLocal!.Value, path.Slug));
    }

    private async Task CreateSiteAsync(string slug, string theme)
    {
        var author = await app.CreateSiteAsync(slug, $"Widgets in {ThemeCatalog.Find(theme).DisplayName}");
        await app.UpdateSiteAsync(slug, site => (site.Theme, site.Tagline) = (theme, "Every kind of widget, in its place"));
        string[] titles = ["Council publishes the budget", "Reading list for the weekend", "Why the bridge closed", "A note on corrections"];
        for (var i = 0; i < titles.Length; i++)
        {
            await app.SavePostAsync(slug, new SavePost
            {
                AuthorId = author, Title = titles[i], Slug = i == 2 ? "bridge" : null, Status = PostStatus.Published,
                PublishedAt = new DateTime(2026, 9 + i % 3, 3 + i, 9, 0, 0, DateTimeKind.Utc),
                Body = "The meeting ran late, and the numbers were not what anyone expected.",
                Categories = [i % 2 == 0 ? "City" : "Notes"], Tags = i % 2 == 0 ? ["council", "budget"] : ["council"],
            });
        }
        await app.ForSiteAsync(slug, async services =>
        {
            var db = services.GetRequiredService<Folio.Data.FolioDbContext>();
            var post = await db.Posts.Where(p => p.Slug == "bridge").Select(p => p.Id).SingleAsync();
            db.Comments.Add(new Comment { PostId = post, AuthorName = "Quinn Reader", AuthorEmail = "quinn@example.com", Body = "Thanks for reading it.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            var errors = await services.GetRequiredService<SaveWidgetsHandler>().SaveAsync(
            [
                new(WidgetArea.Sidebar, WidgetKind.Search, "", null, ""),
                new(WidgetArea.Sidebar, WidgetKind.AboutAuthor, "", null, ""),
                new(WidgetArea.Sidebar, WidgetKind.RecentPosts, "", null, "3"),
                new(WidgetArea.Sidebar, WidgetKind.RecentComments, "", null, ""),
                new(WidgetArea.Sidebar, WidgetKind.Archives, "", null, ""),
                new(WidgetArea.Sidebar, WidgetKind.Categories, "", null, ""),
                new(WidgetArea.Sidebar, WidgetKind.TagCloud, "", null, ""),
                new(WidgetArea.Footer, WidgetKind.Text, "Colophon", "Printed on recycled pixels. [Write to us](mailto:desk@example.org).", ""),
                new(WidgetArea.Footer, WidgetKind.Follow, "", null, ""),
                new(WidgetArea.Footer, WidgetKind.RssLinks, "", null, ""),
            ], CancellationToken.None);
            Assert.Empty(errors);
            return 0;
        });
    }
}
