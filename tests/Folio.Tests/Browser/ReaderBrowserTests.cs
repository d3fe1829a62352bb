using Folio.Features.Demo;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

public sealed class ReaderBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task Reader_opens_the_demo_post_and_finds_the_original_article_link()
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost"));

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Get started" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Load().Title, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SeedArticle.Load().Title);
        var original = page.GetByRole(AriaRole.Link, new() { Name = "Read original article here", Exact = true });
        await Assertions.Expect(original).ToBeVisibleAsync();
        await Assertions.Expect(original).ToHaveAttributeAsync("href", DemoSeeder.OriginalUrl);
    }

    [SkippableFact]
    public async Task Reader_on_a_phone_sees_the_post_without_sideways_scrolling()
    {
        var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost"));

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The home page is wider than a 360 px phone screen.");
        var fontSize = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.post-excerpt')).fontSize)");
        Assert.InRange(fontSize, 16, 22);
    }

    [SkippableFact]
    public async Task Reader_searches_the_site_from_the_header()
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(app.UrlOf("demo.localhost"));

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync("prisoners");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("prisoners");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Load().Title, Exact = true })).ToBeVisibleAsync();
    }
}
