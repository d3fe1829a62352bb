using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// "Delete your account" as a person meets it, on a wide screen and a phone: their sites and
/// what becomes of each, their comments, the password; then the login page that offers to
/// restore the account, and the account back as it was.
/// </summary>
public sealed class AccountDeletionBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    private async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync(app.UrlOf("localhost", "/login/"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
    }

    [SkippableFact]
    public async Task A_person_deletes_their_account_choosing_for_their_site_and_restores_it_from_the_login_page()
    {
        await app.CreateSiteAsync("orchard", "The Orchard Journal");
        await app.AddMemberAsync("orchard", "robin@example.com", SiteRole.Editor);
        await app.AddMemberAsync("orchard", "sam@example.com", SiteRole.Author);
        await app.CreateSiteAsync("commons", "Village Commons");
        await app.QuerySiteAsync("commons", async db =>
        {
            var orchardOwner = db.Users.Single(a => a.Email == "owner-of-orchard@example.com").Id;
            db.SiteMembers.Add(new SiteMember { AccountId = orchardOwner, Role = SiteRole.Administrator, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var page = await (await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await LogInAsync(page, "owner-of-orchard@example.com");
        await page.WaitForURLAsync(url => !url.Contains("/login/"));
        await page.GotoAsync(app.UrlOf("localhost", "/account/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete your account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delete your account" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Village Commons stays with its other administrators.")).ToBeVisibleAsync();
        var orchard = page.GetByRole(AriaRole.Group, new() { Name = "The Orchard Journal" });
        await Assertions.Expect(orchard.GetByRole(AriaRole.Radio)).ToHaveCountAsync(3);
        await orchard.GetByRole(AriaRole.Radio, new() { Name = "Hand it to robin, who becomes its administrator when your account is removed" }).CheckAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.SaveScreenshotAsync("account-delete-1280");
        await page.SetViewportSizeAsync(390, 844);
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.SaveScreenshotAsync("account-delete-390");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));

        await page.GetByLabel("Your password, to confirm").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your account is deleted and you are logged out everywhere.")).ToBeVisibleAsync();

        await LogInAsync(page, "owner-of-orchard@example.com");
        await Assertions.Expect(page.GetByText("This account is deleted: it will be removed for good on")).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.SaveScreenshotAsync("account-deleted-login-390");
        await Assertions.Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveCountAsync(0); // the offer alone, no second log-in form
        await page.GetByLabel("Your password, again").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore my account" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your account is restored, as it was.")).ToBeVisibleAsync();
    }
}
