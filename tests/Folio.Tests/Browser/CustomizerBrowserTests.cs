using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class CustomizerBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task Administrator_sees_the_preview_follow_the_fields_and_saves_the_design()
    {
        var browser = chromium.Browser;
        var author = await app.CreateSiteAsync("studio", "Studio Notes");
        await app.SavePostAsync("studio", new SavePost { AuthorId = author, Title = "First light", Body = "A first post.", Status = PostStatus.Published });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.GotoAsync(app.UrlOf("studio.localhost", "/login/?returnUrl=/admin/customize/"));
        await page.GetByLabel("Email").FillAsync("owner-of-studio@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Design", Level = 1 })).ToBeVisibleAsync();

        var preview = page.FrameLocator("iframe[title^='Preview']");
        await Assertions.Expect(preview.Locator(".site-title")).ToHaveTextAsync("Studio Notes");
        var problems = await page.SeriousViolationsAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        // With script the preview follows the fields, so the no-script button steps aside.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Preview" })).ToBeHiddenAsync();

        await page.GetByLabel("Site title").FillAsync("Studio Journal");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Newsroom" }).CheckAsync();
        await Assertions.Expect(preview.Locator(".site-title")).ToHaveTextAsync("Studio Journal");
        await Assertions.Expect(preview.Locator("link[href^='/css/themes/magazine.css']")).ToHaveCountAsync(1);
        await Assertions.Expect(preview.Locator(".post-lead .post-title")).ToHaveTextAsync("First light");
        await page.SaveScreenshotAsync("customizer");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your changes are saved");

        var reader = await browser.NewPageAsync();
        await reader.GotoAsync(app.UrlOf("studio.localhost"));
        await Assertions.Expect(reader.Locator(".site-title")).ToHaveTextAsync("Studio Journal");
        await Assertions.Expect(reader.Locator("link[href^='/css/themes/magazine.css']")).ToHaveCountAsync(1);
    }
}
