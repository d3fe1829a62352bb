using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// Site visibility as people meet it: the owner picks "Coming soon" in Settings, a visitor then
/// sees the holding page on a wide screen and a phone, and a private site tells a logged-in stranger so.
/// </summary>
public sealed class SiteVisibilityBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    private async Task<IPage> OwnerPageAsync(string slug)
    {
        var page = await (await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await page.GotoAsync(app.UrlOf($"{slug}.localhost", "/login/"));
        await page.GetByLabel("Email").FillAsync($"owner-of-{slug}@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login/"));
        return page;
    }

    [SkippableFact]
    public async Task The_owner_chooses_coming_soon_and_a_visitor_sees_the_holding_page_on_a_wide_screen_and_a_phone()
    {
        var owner = await app.CreateSiteAsync("lantern", "Lantern Street");
        await app.UpdateSiteAsync("lantern", site => site.Tagline = "Notes from under the streetlights");
        await app.SavePostAsync("lantern", new SavePost { AuthorId = owner, Title = "Moths at midnight", Body = "They come.", Status = PostStatus.Published });

        var admin = await OwnerPageAsync("lantern");
        await admin.GotoAsync(app.UrlOf("lantern.localhost", "/admin/settings/"));
        await Assertions.Expect(admin.GetByRole(AriaRole.Radio, new() { Name = "Public" })).ToBeCheckedAsync();
        await admin.GetByRole(AriaRole.Radio, new() { Name = "Coming soon" }).CheckAsync();
        await admin.GetByRole(AriaRole.Group, new() { Name = "Privacy" }).ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "visibility-setting-1280.png") });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Settings saved.")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Radio, new() { Name = "Coming soon" })).ToBeCheckedAsync();
        // The owner, a member, still sees the site itself.
        await admin.GotoAsync(app.UrlOf("lantern.localhost", "/"));
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Moths at midnight", Exact = true })).ToBeVisibleAsync();

        var visitor = await (await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await visitor.GotoAsync(app.UrlOf("lantern.localhost", "/"));
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Coming soon" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Lantern Street")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Notes from under the streetlights")).ToBeVisibleAsync();
        Assert.DoesNotContain("Moths at midnight", await visitor.ContentAsync());
        Assert.Empty(await visitor.SeriousViolationsAsync());
        await visitor.SaveScreenshotAsync("visibility-coming-soon-1280");
        await visitor.SetViewportSizeAsync(390, 844);
        Assert.Empty(await visitor.SeriousViolationsAsync());
        await visitor.SaveScreenshotAsync("visibility-coming-soon-390");
        // Nothing runs wider than the phone's screen.
        Assert.True(await visitor.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }

    [SkippableFact]
    public async Task A_logged_in_stranger_is_told_a_private_site_is_private()
    {
        await app.CreateSiteAsync("vault", "The Vault");
        await app.UpdateSiteAsync("vault", site => site.Visibility = SiteVisibility.Private);
        await app.NewReaderAsync("passer-by@example.com");

        var page = await (await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();
        await page.GotoAsync(app.UrlOf("vault.localhost", "/login/"));
        await page.GetByLabel("Email").FillAsync("passer-by@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.GotoAsync(app.UrlOf("vault.localhost", "/"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This site is private" })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.SaveScreenshotAsync("visibility-private-390");
    }
}
