using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>A site's menu as readers use it on a phone and a desktop, and its editor as an owner uses it by keyboard and by mouse.</summary>
public sealed class MenuBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    private const string Slug = "wayfinding";
    private const string Host = "wayfinding.localhost";

    /// <summary>The site, made on first use: Home, "About" with "Our team" under it, and "Visit".</summary>
    private async Task SiteAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<Folio.Data.FolioDbContext>().Sites.AnyAsync(s => s.Slug == Slug)) return;
        var owner = await app.CreateSiteAsync(Slug, "Wayfinding");
        await app.SavePostAsync(Slug, new SavePost { AuthorId = owner, Kind = PostKind.Page, Title = "About", Slug = "about", Status = PostStatus.Published, Body = "About us.", MenuOrder = 1 });
        var about = await app.QuerySiteAsync(Slug, db => db.Posts.Where(p => p.Slug == "about").Select(p => p.Id).SingleAsync());
        await app.SavePostAsync(Slug, new SavePost { AuthorId = owner, Kind = PostKind.Page, Title = "Our team", Slug = "team", Status = PostStatus.Published, Body = "The team.", ParentId = about });
        await app.SavePostAsync(Slug, new SavePost { AuthorId = owner, Kind = PostKind.Page, Title = "Visit", Slug = "visit", Status = PostStatus.Published, Body = "Come by.", MenuOrder = 2 });
    }

    [SkippableFact]
    public async Task On_a_phone_the_menu_folds_behind_a_button_that_says_whether_it_is_open()
    {
        await SiteAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.BringToFrontAsync(); // the focus is only seen in the page that has the browser's
        await page.GotoAsync(app.UrlOf(Host));
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Primary menu" });
        var button = menu.GetByRole(AriaRole.Button, new() { Name = "Menu" });

        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Visit" })).ToBeHiddenAsync();
        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Our team" })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("menu-open-390");
        Assert.Empty(await page.SeriousViolationsAsync());

        await menu.GetByRole(AriaRole.Link, new() { Name = "Visit" }).FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(button).ToBeFocusedAsync();
    }

    [SkippableFact]
    public async Task On_a_desktop_the_menu_is_a_row_whose_sub_menu_opens_as_the_keyboard_reaches_it()
    {
        await SiteAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.BringToFrontAsync(); // the focus is only seen in the page that has the browser's
        await page.GotoAsync(app.UrlOf(Host, "/about/"));
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Primary menu" });

        await Assertions.Expect(menu.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToBeHiddenAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "About" })).ToHaveAttributeAsync("aria-current", "page");
        var team = menu.GetByRole(AriaRole.Link, new() { Name = "Our team" });
        var submenu = menu.Locator(".site-submenu");
        await Assertions.Expect(submenu).ToHaveCSSAsync("opacity", "0");
        await menu.GetByRole(AriaRole.Link, new() { Name = "About" }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(team).ToBeFocusedAsync();
        await Assertions.Expect(submenu).ToHaveCSSAsync("opacity", "1");
        await page.SaveScreenshotAsync("menu-submenu-1280");
    }

    [SkippableFact]
    public async Task The_owner_reorders_the_menu_by_keyboard_and_by_dragging()
    {
        await SiteAsync();
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        await page.BringToFrontAsync(); // the focus is only seen in the page that has the browser's
        await page.GotoAsync(app.UrlOf(Host, "/login/?returnUrl=/admin/menus/"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync($"owner-of-{Slug}@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/menus/");

        // By keyboard: "Visit" goes up past "About" (with "Our team"), and the focus stays with it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move up: Visit" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Menu saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move up: Visit" })).ToBeFocusedAsync();
        Assert.Equal(["Home", "Visit", "About", "Our team"], await LabelsAsync(page));
        Assert.Empty(await page.SeriousViolationsAsync());

        // By mouse: "Home" is dragged below "Our team", and goes under "About" beside it.
        var lastRow = page.Locator(".menu-item[data-index='3']");
        var lastRowBox = (await lastRow.BoundingBoxAsync())!;
        await page.Locator(".menu-item[data-index='0'] .menu-item-handle").DragToAsync(lastRow,
            new() { TargetPosition = new() { X = 40, Y = (float)lastRowBox.Height - 8 } }); // its lower half: after it
        await page.WaitForURLAsync(url => url.EndsWith("saved=true", StringComparison.Ordinal)); // not the keyboard step's address, which names a button to focus
        Assert.Equal(["Visit", "About", "Our team", "Home"], await LabelsAsync(page));
        await Assertions.Expect(page.Locator(".menu-item").Last).ToHaveAttributeAsync("data-depth", "1");
        await page.SaveScreenshotAsync("menu-editor-1280");

        var reader = await chromium.Browser.NewPageAsync();
        await reader.GotoAsync(app.UrlOf(Host));
        Assert.Equal(["Visit", "About", "Our team", "Home"],
            await reader.GetByRole(AriaRole.Navigation, new() { Name = "Primary menu" }).GetByRole(AriaRole.Link).AllTextContentsAsync());
    }

    private static async Task<string[]> LabelsAsync(IPage page) =>
        await page.Locator(".menu-item input[id^=label-]").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
}
