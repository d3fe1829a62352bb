using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>The admin bar as an owner sees it on their own site, in every theme, on a desktop and a phone.</summary>
public sealed class AdminBarBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableTheory]
    [InlineData("classic")]
    [InlineData("magazine")]
    [InlineData("minimal")]
    public async Task The_owner_goes_from_the_bar_on_their_post_to_its_editor(string theme)
    {
        var slug = $"bar-{theme}";
        var owner = await app.CreateSiteAsync(slug, $"Bar in {theme}");
        await app.UpdateSiteAsync(slug, site => site.Theme = theme);
        var post = await app.SavePostAsync(slug, new SavePost { AuthorId = owner, Title = "An owner's post", Body = "Words worth a second look.", Status = PostStatus.Published });

        foreach (var width in new[] { 1280, 390 })
        {
            var page = await (await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } })).NewPageAsync();
            await page.GotoAsync(app.UrlOf($"{slug}.localhost", $"/login/?returnUrl={Uri.EscapeDataString(post)}"));
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync($"owner-of-{slug}@example.com");
            await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == post);

            var bar = page.GetByRole(AriaRole.Navigation, new() { Name = "Site toolbar" });
            await Assertions.Expect(bar.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToBeVisibleAsync();
            await Assertions.Expect(bar.GetByRole(AriaRole.Button, new() { Name = "Log Out" })).ToBeVisibleAsync();
            var barBox = (await bar.BoundingBoxAsync())!;
            Assert.True(barBox.Width <= width, $"The bar is {barBox.Width}px wide on a {width}px screen.");
            Assert.Empty(await page.SeriousViolationsAsync());
            await page.EvaluateAsync("document.fonts.ready");
            await page.SaveScreenshotAsync($"admin-bar-{theme}-{width}");

            await page.GetByRole(AriaRole.Link, new() { Name = "Edit “An owner's post”" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Title" })).ToHaveValueAsync("An owner's post");
        }
    }

    [SkippableFact]
    public async Task A_browser_whose_session_is_gone_sees_everyones_page_and_stops_asking_for_its_own_parts()
    {
        var owner = await app.CreateSiteAsync("stale-hint", "Stale Hint");
        var post = await app.SavePostAsync("stale-hint", new SavePost { AuthorId = owner, Title = "Left behind", Body = "Read by anyone.", Status = PostStatus.Published });
        var context = await chromium.Browser.NewContextAsync();
        // The hint outlived its session (ended in another tab, or expired): no session cookie is left.
        await context.AddCookiesAsync([new Cookie { Name = "folio_reader", Value = "1", Domain = "stale-hint.localhost", Path = "/" }]);
        var page = await context.NewPageAsync();
        var asked = 0;
        page.Request += (_, request) => asked += request.Url.Contains("/personal.html", StringComparison.Ordinal) ? 1 : 0;

        await page.GotoAsync(app.UrlOf("stale-hint.localhost", post));

        await Assertions.Expect(page.Locator(".site-footer").GetByRole(AriaRole.Link, new() { Name = "Log In" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Email" })).ToBeVisibleAsync(); // the guest's fields stay
        await page.WaitForFunctionAsync("() => !document.cookie.includes('folio_reader=')");
        Assert.Equal(1, asked);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Left behind" })).ToBeVisibleAsync();
        Assert.Equal(1, asked);
        await context.CloseAsync();
    }
}
