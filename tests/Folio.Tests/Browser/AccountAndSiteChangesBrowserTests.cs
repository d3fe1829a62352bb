using System.Net;
using System.Text.RegularExpressions;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// What an owner changes about their site and account, done in the browser as they would: a
/// post's slug (the old address leads to the new), the account's email (confirmed from the new
/// inbox, then the log-in), and the site itself (deleted, gone for readers, restored).
/// </summary>
public sealed class AccountAndSiteChangesBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    private async Task<IPage> LoggedInAsync(string host, string email, string returnPath, int width = 1280)
    {
        var page = await (await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } })).NewPageAsync();
        await page.GotoAsync(app.UrlOf(host, $"/login/?returnUrl={Uri.EscapeDataString(returnPath)}"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync(email);
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        // The address first, then the page's content, neither through a load event: one was now and
        // then missed across the redirects on CI, and WaitForURL waits for it whenever the address
        // already matches, whatever WaitUntil says.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"^[^?#]*{Regex.Escape(returnPath)}([?#].*)?$"));
        await Assertions.Expect(page.Locator("main")).ToBeVisibleAsync();
        return page;
    }

    [SkippableFact]
    public async Task A_post_whose_slug_changed_is_still_reached_at_its_old_address()
    {
        var owner = await app.CreateSiteAsync("renamer", "The Renamer");
        var oldPath = await app.SavePostAsync("renamer", new SavePost { AuthorId = owner, Title = "First thoughts", Body = "Second thoughts follow.", Status = PostStatus.Published });
        var id = await app.QuerySiteAsync("renamer", db => db.Posts.Where(p => p.Title == "First thoughts").Select(p => p.Id).SingleAsync());
        var editor = await LoggedInAsync("renamer.localhost", "owner-of-renamer@example.com", $"/admin/posts/{id}/");

        await editor.GetByLabel("Slug").FillAsync("better-thoughts");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await Assertions.Expect(editor.GetByLabel("Slug")).ToHaveValueAsync("better-thoughts");

        var reader = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        var response = await reader.GotoAsync(app.UrlOf("renamer.localhost", oldPath));
        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        Assert.Equal(oldPath.Replace("first-thoughts", "better-thoughts"), new Uri(reader.Url).AbsolutePath);
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "First thoughts", Level = 1 })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task A_new_email_address_is_used_once_confirmed_from_its_inbox()
    {
        await app.CreateSiteAsync("mover", "The Mover");
        var page = await LoggedInAsync("localhost", "owner-of-mover@example.com", "/account/email/");

        await page.GetByLabel("New email address").FillAsync("mover-new@example.com");
        await page.GetByLabel("Current password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Check the inbox of mover-new@example.com");
        await app.WaitForMailAsync("owner-of-mover@example.com", "A new email address was asked for your Folio account");

        var link = await app.LinkInMailAsync("mover-new@example.com", "Confirm your new email address for Folio");
        await page.GotoAsync(app.UrlOf("localhost", link.PathAndQuery));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your Folio account's address is mover-new@example.com now");
        Assert.Empty(await page.SeriousViolationsAsync());

        var elsewhere = await LoggedInAsync("localhost", "mover-new@example.com", "/account/email/");
        await Assertions.Expect(elsewhere.GetByText("Your address is mover-new@example.com.")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task A_deleted_site_is_gone_for_its_readers_until_its_owner_restores_it()
    {
        var owner = await app.CreateSiteAsync("fleeting", "The Fleeting");
        var post = await app.SavePostAsync("fleeting", new SavePost { AuthorId = owner, Title = "Here today", Body = "Perhaps gone tomorrow.", Status = PostStatus.Published });

        foreach (var width in new[] { 1280, 390 })
        {
            var admin = await LoggedInAsync("fleeting.localhost", "owner-of-fleeting@example.com", "/admin/settings/delete/", width);
            var confirmation = admin.GetByLabel("Type the site's address, fleeting.localhost, to confirm");
            await confirmation.FillAsync("fleeting");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Delete site" }).ClickAsync();
            await Assertions.Expect(admin.Locator(".form-errors")).ToContainTextAsync("fleeting.localhost");
            await admin.GetByLabel("Type the site's address, fleeting.localhost, to confirm").FillAsync("fleeting.localhost");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Delete site" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Restore the site" })).ToBeVisibleAsync();
            Assert.Empty(await admin.SeriousViolationsAsync());
            await admin.SaveScreenshotAsync($"site-deleted-{width}");

            var reader = await (await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } })).NewPageAsync();
            var gone = await reader.GotoAsync(app.UrlOf("fleeting.localhost", post));
            Assert.Equal((int)HttpStatusCode.Gone, gone!.Status);
            await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "This site was deleted by its owner." })).ToBeVisibleAsync();
            await Assertions.Expect(reader.GetByText("Perhaps gone tomorrow.")).ToHaveCountAsync(0);

            await admin.GotoAsync(app.UrlOf("fleeting.localhost", "/admin/"));
            await Assertions.Expect(admin.Locator(".deleted-site-notice")).ToContainTextAsync("It will be removed for good on");
            await admin.SaveScreenshotAsync($"site-deleted-dashboard-{width}");
            await admin.Locator(".deleted-site-notice").GetByRole(AriaRole.Link, new() { Name = "Restore it" }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Restore the site" }).ClickAsync();

            var back = await reader.GotoAsync(app.UrlOf("fleeting.localhost", post));
            Assert.Equal((int)HttpStatusCode.OK, back!.Status);
            await Assertions.Expect(reader.GetByText("Perhaps gone tomorrow.")).ToBeVisibleAsync();
        }
    }
}
