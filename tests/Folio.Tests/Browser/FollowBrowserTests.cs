using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class FollowBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task Reader_follows_a_site_and_finds_its_next_post_in_the_reader()
    {
        await app.NewReaderAsync("fiona@example.com", "Fiona");
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Follow", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "log in to follow it in your Reader" }).ClickAsync();
        await LogInAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Follow", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByText("You follow")).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());

        await app.SavePostAsync("demo", new SavePost { AuthorId = await app.DemoBloggerIdAsync(), Title = "Fresh for followers", Body = "New.", Status = PostStatus.Published });
        await page.GetByRole(AriaRole.Link, new() { Name = "your Reader" }).ClickAsync();
        await LogInAsync(page); // the platform is another host, with a session of its own

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reader" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Fresh for followers" })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
    }

    private static async Task LogInAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("fiona@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
    }
}
