using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>
/// Logged in at the platform, a reader is known on every site: on a sub-domain with no click at
/// all, on a site's own domain with one (Like). Logging out in one browser logs that browser out
/// of every site and leaves the reader's other browsers logged in.
/// </summary>
public sealed class SignInFollowsYouBrowserTests(SignInFollowsYouBrowserTests.App app, Chromium chromium)
    : IClassFixture<SignInFollowsYouBrowserTests.App>, IClassFixture<Chromium>
{
    /// <summary>
    /// A root domain with a dot, as every real one has: browsers keep a cookie for bare
    /// <c>localhost</c> to that host, so the platform could not tell its sub-domains who is logged in.
    /// </summary>
    public sealed class App : LiveFolioApp, IAsyncLifetime
    {
        public const string Root = "folio.localhost";

        /// <summary>A site's own domain: another site to the browser, as a real custom domain is.</summary>
        public const string CustomDomain = "harbour-news.localhost";

        public Dictionary<string, string> Posts { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:RootDomain", Root);
        }

        public async Task InitializeAsync()
        {
            foreach (var slug in new[] { "east", "west", "harbour" })
            {
                var owner = await CreateSiteAsync(slug, $"The {slug} gazette");
                Posts[slug] = await SavePostAsync(slug, new SavePost { AuthorId = owner, Title = $"News from {slug}", Body = "Tell us what you think.", Status = PostStatus.Published });
            }
            await UseVerifiedDomainAsync("harbour", CustomDomain);
            await NewReaderAsync("wren@example.com", "Wren Reader");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private const string KnownAsWren = "You are commenting using your Folio account (Wren Reader).";

    [SkippableFact]
    public async Task A_reader_logged_in_at_the_platform_is_known_on_a_sub_domain_with_no_click_and_likes_in_one()
    {
        var page = await LoggedInAtPlatformAsync(await chromium.Browser.NewContextAsync());

        await page.GotoAsync(app.UrlOf($"east.{App.Root}", app.Posts["east"]));

        await Assertions.Expect(page.Locator("#respond")).ToContainTextAsync(KnownAsWren);
        Assert.Equal(app.UrlOf($"east.{App.Root}", app.Posts["east"]), page.Url);
        var likes = page.Locator("#likes");
        await likes.GetByRole(AriaRole.Button, new() { Name = "Like", Exact = true }).ClickAsync();
        await Assertions.Expect(likes.GetByRole(AriaRole.Button, new() { Name = "Liked", Exact = true, Pressed = true })).ToBeVisibleAsync();
        await Assertions.Expect(likes.GetByText("One blogger likes this.")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("known-on-a-sub-domain");
    }

    [SkippableFact]
    public async Task A_reader_nobody_knows_reads_the_shared_page_without_a_detour_to_the_platform()
    {
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        var platformRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).Host == App.Root) platformRequests.Add(request.Url);
        };

        await page.GotoAsync(app.UrlOf($"west.{App.Root}", app.Posts["west"]));

        await Assertions.Expect(page.Locator("#respond")).ToContainTextAsync("Fill in your details below or log in");
        Assert.Empty(platformRequests);
    }

    [SkippableFact]
    public async Task On_a_sites_own_domain_one_click_on_like_signs_the_reader_in_and_likes_the_post()
    {
        var page = await LoggedInAtPlatformAsync(await chromium.Browser.NewContextAsync());
        var post = app.UrlOf(App.CustomDomain, app.Posts["harbour"]);
        await page.GotoAsync(post);
        var likes = page.Locator("#likes");
        await Assertions.Expect(page.Locator("#respond")).ToContainTextAsync("Fill in your details below or log in");

        await likes.GetByRole(AriaRole.Button, new() { Name = "Like", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(post + "#likes");
        await Assertions.Expect(likes.GetByRole(AriaRole.Button, new() { Name = "Liked", Exact = true, Pressed = true })).ToBeVisibleAsync();
        await Assertions.Expect(likes.GetByText("One blogger likes this.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#respond")).ToContainTextAsync(KnownAsWren);
    }

    [SkippableFact]
    public async Task Logging_out_on_one_site_logs_this_browser_out_everywhere_and_no_other_browser()
    {
        var laptop = await LoggedInAtPlatformAsync(await chromium.Browser.NewContextAsync());
        var phone = await LoggedInAtPlatformAsync(await chromium.Browser.NewContextAsync());
        await laptop.GotoAsync(app.UrlOf($"east.{App.Root}", app.Posts["east"]));
        await Assertions.Expect(laptop.Locator("#respond")).ToContainTextAsync(KnownAsWren);

        await laptop.Locator(".site-footer").GetByRole(AriaRole.Button, new() { Name = "Log Out" }).ClickAsync();

        await Assertions.Expect(laptop.Locator("#respond")).ToContainTextAsync("Fill in your details below or log in");
        await laptop.GotoAsync(app.UrlOf($"west.{App.Root}", app.Posts["west"]));
        await Assertions.Expect(laptop.Locator("#respond")).ToContainTextAsync("Fill in your details below or log in");
        await laptop.GotoAsync(app.UrlOf(App.Root, "/account/"));
        await Assertions.Expect(laptop.GetByRole(AriaRole.Button, new() { Name = "Log In" })).ToBeVisibleAsync();

        await phone.GotoAsync(app.UrlOf($"west.{App.Root}", app.Posts["west"]));
        await Assertions.Expect(phone.Locator("#respond")).ToContainTextAsync(KnownAsWren);
    }

    private async Task<IPage> LoggedInAtPlatformAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.UrlOf(App.Root, "/login/"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("wren@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login/", StringComparison.Ordinal));
        return page;
    }
}
