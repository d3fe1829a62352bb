using Folio.Data;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class ExpiredFormBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_writer_whose_editor_form_expired_sends_the_kept_post_again_with_one_click(int width)
    {
        var slug = $"late{width}";
        await app.CreateSiteAsync(slug, "Late Desk");
        var host = $"{slug}.localhost";
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(app.UrlOf(host, "/login/?returnUrl=/admin/posts/new/"));
        await page.GetByLabel("Email").FillAsync($"owner-of-{slug}@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("A morning's work <b>bold</b>");
        await page.GetByLabel("Content").FillAsync("Two hours of writing.\n\nAnd a second paragraph.");
        // The form stayed open past its token's life: the token it carries is no longer valid.
        await page.Locator("form.editor input[name=__RequestVerificationToken]").EvaluateAsync("field => field.value = 'CfDJ8-expired'");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This form expired" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync("A morning's work <b>bold</b>");
        await Assertions.Expect(page.GetByLabel("Body", new() { Exact = true })).ToHaveValueAsync("Two hours of writing.\n\nAnd a second paragraph.");
        await page.SaveScreenshotAsync($"form-expired-{width}");
        var problems = await page.SeriousViolationsAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The page is wider than the window.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send again" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync("A morning's work <b>bold</b>");
        var published = await app.ForSiteAsync(slug, services => services.GetRequiredService<FolioDbContext>().Posts.SingleAsync(post => post.Title == "A morning's work <b>bold</b>"));
        Assert.NotNull(published.PublishedAt);
    }
}
