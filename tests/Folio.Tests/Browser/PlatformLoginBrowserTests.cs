using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>One identity across every site: log in once at the platform, then comment anywhere.</summary>
public sealed class PlatformLoginBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task One_login_at_the_platform_comments_on_two_sites_without_logging_in_again()
    {
        await app.NewReaderAsync("wanda@example.com", "Wanda Walker");
        var posts = new Dictionary<string, string>();
        foreach (var slug in new[] { "east", "west" })
        {
            var owner = await app.CreateSiteAsync(slug, slug);
            posts[slug] = await app.SavePostAsync(slug, new SavePost { AuthorId = owner, Title = $"News from {slug}", Body = "Tell us.", Status = PostStatus.Published });
        }
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(app.UrlOf("localhost", "/login/"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("wanda@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login/", StringComparison.Ordinal));

        foreach (var slug in posts.Keys)
        {
            await page.GotoAsync(app.UrlOf($"{slug}.localhost", posts[slug]));
            // The comment form's "log in" asks the platform, which knows Wanda and sends her straight back.
            await page.Locator("#respond").GetByRole(AriaRole.Link, new() { Name = "log in", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByText("You are commenting using your Folio account (Wanda Walker)")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync($"Greetings, {slug}.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();
            var comment = page.Locator(".comment").Filter(new() { HasText = $"Greetings, {slug}." });
            await Assertions.Expect(comment.Locator(".comment-author")).ToHaveTextAsync("Wanda Walker");
            Assert.StartsWith(app.UrlOf($"{slug}.localhost"), page.Url);
        }
    }
    [SkippableFact]
    public async Task Log_in_on_a_site_never_switches_the_account_this_browser_is_logged_in_with_there()
    {
        await app.NewReaderAsync("victor@example.com", "Victor Reader");
        await app.NewReaderAsync("victor-at-work@example.com", "Victor at Work");
        var owner = await app.CreateSiteAsync("harbour", "Harbour");
        var post = app.UrlOf("harbour.localhost", await app.SavePostAsync("harbour", new SavePost { AuthorId = owner, Title = "Tides", Body = "High at noon.", Status = PostStatus.Published }));

        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            // Logged in on the site as one account, and at the platform as another.
            await LogInAsync(page, app.UrlOf("harbour.localhost", "/login/"), "victor@example.com");
            await LogInAsync(page, app.UrlOf("localhost", "/login/"), "victor-at-work@example.com");

            await page.GotoAsync(app.UrlOf("harbour.localhost", $"/login/?returnUrl={Uri.EscapeDataString(new Uri(post).AbsolutePath)}"));
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Use your Folio account") }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Already logged in" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("logged in here as Victor Reader");
            await page.SaveScreenshotAsync($"already-logged-in-{width}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue as Victor Reader" }).ClickAsync();
            await Assertions.Expect(page.GetByText("You are commenting using your Folio account (Victor Reader)")).ToBeVisibleAsync();
        }
    }

    private static async Task LogInAsync(IPage page, string loginUrl, string email)
    {
        await page.GotoAsync(loginUrl);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync(email);
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login/", StringComparison.Ordinal));
    }
}
