using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// A site's time zone as its owner meets it: taken from the browser when the site is made (and UTC
/// without JavaScript), then chosen from a list in Settings.
/// </summary>
public sealed class SiteTimeZoneBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    private async Task<IPage> CreateSiteFormAsync(BrowserNewContextOptions options)
    {
        var email = $"zones-{Guid.NewGuid():N}@example.com";
        await app.NewReaderAsync(email);
        var context = await chromium.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=/new-site/"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create your site" })).ToBeVisibleAsync();
        return page;
    }

    private async Task CreateSiteAsync(IPage page, string slug)
    {
        await page.GetByLabel("Site address").FillAsync(slug);
        await page.GetByLabel("Site title").FillAsync($"The {slug} notes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create site" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"^http://{slug}\.localhost:\d+/admin/posts/\d+/$"));
    }

    private Task<string> ZoneOfAsync(string slug) => app.QuerySiteAsync(slug, db => db.Sites.Where(s => s.Slug == slug).Select(s => s.TimeZone).SingleAsync());

    [SkippableFact]
    public async Task A_new_site_starts_on_the_browser_zone_and_its_owner_changes_it_in_Settings()
    {
        var page = await CreateSiteFormAsync(new() { TimezoneId = "Asia/Yerevan", ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.SaveScreenshotAsync("time-zone-create-site-1280");
        await page.SetViewportSizeAsync(390, 900);
        await page.SaveScreenshotAsync("time-zone-create-site-390");

        await CreateSiteAsync(page, "yerevan-notes");

        Assert.Equal("Asia/Yerevan", await ZoneOfAsync("yerevan-notes"));
        await page.GotoAsync(app.UrlOf("yerevan-notes.localhost", "/admin/settings/"));
        var zone = page.GetByLabel("Time zone");
        await Assertions.Expect(zone).ToHaveValueAsync("Asia/Yerevan");
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.SaveScreenshotAsync("time-zone-settings-390");
        await page.SetViewportSizeAsync(1280, 900);
        await page.SaveScreenshotAsync("time-zone-settings-1280");

        await zone.SelectOptionAsync("Europe/Moscow");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Settings saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("Europe/Moscow");
        Assert.Equal("Europe/Moscow", await ZoneOfAsync("yerevan-notes"));
    }

    [SkippableFact]
    public async Task Without_JavaScript_a_new_site_starts_on_UTC()
    {
        var page = await CreateSiteFormAsync(new() { TimezoneId = "Asia/Tokyo", JavaScriptEnabled = false });

        await CreateSiteAsync(page, "plain-notes");

        Assert.Equal("UTC", await ZoneOfAsync("plain-notes"));
    }
}
