using Folio.Features.Comments;
using Folio.Features.Demo;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>The "quicker than anyone can write" trap counts from when the reader started writing, not from the last page load.</summary>
public sealed class CommentMinimumTimeBrowserTests(CommentMinimumTimeBrowserTests.PatientApp app, Chromium chromium)
    : IClassFixture<CommentMinimumTimeBrowserTests.PatientApp>, IClassFixture<Chromium>
{
    public sealed class PatientApp : LiveFolioApp
    {
        protected override double CommentMinimumSeconds => 30;
    }

    [SkippableFact]
    public async Task A_guest_who_started_writing_before_reloading_the_page_may_post_at_once()
    {
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        // The page's clock, moved on by the test instead of waited for.
        await page.Clock.InstallAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost"));
        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Load().Title, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("A first draft of my thoughts.");

        await page.Clock.FastForwardAsync("01:00");
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("My thoughts, a minute later.");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("patient@example.com");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Pat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Your comment is awaiting moderation.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(Folio.Tests.Comments.CommentRefusalTexts.TooQuick)).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task A_guest_posting_a_moment_after_the_page_opened_is_still_refused()
    {
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        // The page's clock stands still: the post is "instant" however slow this machine is.
        var opened = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        await page.Clock.InstallAsync(new() { TimeDate = opened });
        await page.Clock.PauseAtAsync(opened.AddSeconds(1));
        await page.GotoAsync(app.UrlOf("demo.localhost"));
        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Load().Title, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("Instant.");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("hasty@example.com");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Hasty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();

        await Assertions.Expect(page.GetByText(Folio.Tests.Comments.CommentRefusalTexts.TooQuick)).ToBeVisibleAsync();
    }
}
