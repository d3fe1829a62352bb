using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class SummaryBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task A_new_blogger_rewrites_the_welcome_post_and_the_front_page_sums_it_up_in_the_new_words()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var owner = await scope.ServiceProvider.GetRequiredService<CreateAccountHandler>().HandleAsync(new CreateAccount("nell@firstpost.example", FolioApp.MemberPassword, "Nell"));
            await scope.ServiceProvider.GetRequiredService<CreateSiteHandler>().HandleAsync(new CreateSite("firstpost", "First Post", owner.Account!.Id) { WithWelcomePost = true });
        }
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(app.UrlOf("firstpost.localhost", "/login/?returnUrl=/admin/"));
        await page.GetByLabel("Email").FillAsync("nell@firstpost.example");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Welcome to First Post" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Excerpt")).ToHaveValueAsync("");
        await page.SaveScreenshotAsync("editor-summary-1280");
        await page.SetViewportSizeAsync(390, 900);
        await page.SaveScreenshotAsync("editor-summary-390");
        var problems = await page.SeriousViolationsAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await page.GetByLabel("Content").FillAsync("Morning swims at the old pier, all winter long.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Post published.");

        await page.GotoAsync(app.UrlOf("firstpost.localhost"));
        await Assertions.Expect(page.Locator(".post-excerpt")).ToHaveTextAsync("Morning swims at the old pier, all winter long.");
    }
}
