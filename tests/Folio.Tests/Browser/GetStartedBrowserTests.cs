using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>The whole "Get started" path in a real browser, as a newcomer takes it.</summary>
public sealed class GetStartedBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task Newcomer_signs_up_confirms_creates_a_site_and_publishes_a_post()
    {
        var page = await chromium.Browser.NewPageAsync();

        // From a site's banner to the sign-up form.
        await page.GotoAsync(app.UrlOf("demo.localhost"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Get started" }).ClickAsync();
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.GetByLabel("Email").FillAsync("ada@example.com");
        await page.GetByLabel("Password").FillAsync("analytical engine 1843");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        // The confirmation link from the mail drop.
        await page.GotoAsync((await app.LinkInMailAsync("ada@example.com", "Confirm your email")).ToString());

        Assert.Empty(await page.SeriousViolationsAsync());
        await page.GetByLabel("Site address").FillAsync("ada");
        await page.GetByLabel("Site title").FillAsync("Notes on the Engine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create site" }).ClickAsync();

        // Straight into the editor of the welcome draft, on the new site's own host.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"^http://ada\.localhost:\d+/admin/posts/\d+/$"));
        Assert.Empty(await page.SeriousViolationsAsync());
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("The first program");
        await page.GetByLabel("Content").FillAsync("It computes **Bernoulli numbers**.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Post published.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "View post" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The first program");
        await Assertions.Expect(page.Locator(".post-content strong")).ToHaveTextAsync("Bernoulli numbers");

        await page.GotoAsync(app.UrlOf("ada.localhost"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "The first program", Exact = true })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/the-first-program/$"));
        await Assertions.Expect(page.Locator(".site-title")).ToHaveTextAsync("Notes on the Engine");
    }

    [SkippableTheory]
    [InlineData("-ada", true)]
    [InlineData("ada-", true)]
    [InlineData("Ada Lovelace", true)]
    [InlineData("ab", true)]
    [InlineData("ada-lovelace-2", false)]
    public async Task The_browser_checks_a_site_address_before_sending_it(string address, bool refused)
    {
        var email = $"checks-{Guid.NewGuid():N}@example.com";
        await app.NewReaderAsync(email);
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=/new-site/"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        var field = page.GetByLabel("Site address");

        await field.FillAsync(address);

        Assert.Equal(refused, !await field.EvaluateAsync<bool>("input => input.checkValidity()"));
        if (address.Length >= 3) Assert.Equal(refused, await field.EvaluateAsync<bool>("input => input.validity.patternMismatch"));
    }
}
