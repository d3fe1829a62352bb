using Folio.Tests.Infrastructure;
using Folio.Tests.Sites;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// An owner sets a custom domain in Settings, reads what to serve there, and proves it with
/// "Check now", on a phone and on a desktop; screenshots land in <c>screenshots/</c>.
/// </summary>
public sealed class CustomDomainBrowserTests(CustomDomainBrowserTests.App app, Chromium chromium) : IClassFixture<CustomDomainBrowserTests.App>, IClassFixture<Chromium>
{
    /// <summary>Folio on a socket, whose fetcher finds every domain's server among <see cref="DomainServers"/>.</summary>
    public sealed class App : LiveFolioApp, IAsyncLifetime
    {
        public DomainServers Domains { get; } = DomainServers.StartAsync().GetAwaiter().GetResult();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Domains.ReceiveFetchesOf(builder);
        }

        public Task InitializeAsync() => Task.CompletedTask;

        async Task IAsyncLifetime.DisposeAsync() => await Domains.DisposeAsync();
    }

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_owner_sees_what_to_serve_and_verifies_the_domain_with_check_now(int width)
    {
        var slug = $"harbour{width}";
        var domain = $"news.harbour-chronicle-{width}.example";
        await app.CreateSiteAsync(slug, "The Harbour Chronicle");
        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.GotoAsync(app.UrlOf($"{slug}.localhost", "/login/?returnUrl=/admin/settings/"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync($"owner-of-{slug}@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/settings/");

        await page.GetByLabel("Custom domain").FillAsync(domain);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        var pending = page.GetByRole(AriaRole.Region, new() { Name = $"{domain} is not verified yet" });
        await Assertions.Expect(pending).ToBeVisibleAsync();
        await Assertions.Expect(pending).ToContainTextAsync($"http://{domain}/.well-known/folio-domain-verification");
        await page.EvaluateAsync("document.fonts.ready");
        await page.SaveScreenshotAsync($"settings-domain-pending-{width}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "The settings page scrolls sideways.");

        app.Domains.Serve(domain, await pending.GetByLabel("Verification token").InnerTextAsync());
        await pending.GetByRole(AriaRole.Button, new() { Name = "Check now" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{domain} is verified and now shows this site.");
        await Assertions.Expect(page.Locator(".domain-status")).ToHaveTextAsync($"Verified: {domain} shows this site.");
        await page.SaveScreenshotAsync($"settings-domain-verified-{width}");
    }
}
