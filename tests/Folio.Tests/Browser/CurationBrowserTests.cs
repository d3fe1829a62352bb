using Folio.Tests.Curation;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class CurationBrowserTests(LiveCurationApp app, Chromium chromium) : IClassFixture<LiveCurationApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task Curator_adds_a_source_fetches_it_and_readers_find_the_original_article_link()
    {
        var browser = chromium.Browser;
        await app.CreateSiteAsync("curated", "Curated");
        app.Feeds.ServeRss("/browser/feed.xml", "Harbour Gazette",
            new TestItem("b-1", "Harbour plan approved", "http://news.example/harbour-plan", "The council approved the harbour plan.", DateTimeOffset.UtcNow.AddHours(-1), "Ada Reporter"));
        var page = await browser.NewPageAsync();

        await page.GotoAsync(app.UrlOf("curated.localhost", "/login/"));
        await page.GetByLabel("Email").FillAsync("owner-of-curated@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.GotoAsync(app.UrlOf("curated.localhost", "/admin/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Sources", Exact = true }).ClickAsync();
        await page.GetByLabel("Feed or website address").FillAsync(app.Feeds.Url("/browser/feed.xml"));
        await page.GetByLabel("New articles become").SelectOptionAsync("Publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added Harbour Gazette");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fetch now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 imported");

        await page.GotoAsync(app.UrlOf("curated.localhost"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Harbour plan approved", Exact = true }).ClickAsync();
        var original = page.GetByRole(AriaRole.Link, new() { Name = "Read original article here", Exact = true });
        await Assertions.Expect(original).ToHaveAttributeAsync("href", "http://news.example/harbour-plan");
        await Assertions.Expect(page.Locator(".attribution")).ToContainTextAsync("Harbour Gazette");
    }
}
