using Folio.Data;
using Folio.Features.Demo;
using Folio.Features.Identity;
using Folio.Features.People;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>"Click an icon to log in": the comment form, a real OpenID Connect provider, and back.</summary>
public sealed class ExternalLoginBrowserTests(ExternalLoginBrowserTests.LiveAppWithProvider app, Chromium chromium)
    : IClassFixture<ExternalLoginBrowserTests.LiveAppWithProvider>, IClassFixture<Chromium>
{
    public sealed class LiveAppWithProvider : LiveFolioApp, IAsyncLifetime
    {
        public OidcProvider Provider { get; } = new();

        // A real minimum, far longer than the provider's round trip: a reader who comes back
        // logged in and posts at once must not be taken for a bot.
        protected override double CommentMinimumSeconds => 60;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in Provider.Settings()) builder.UseSetting(key, value);
        }

        public async Task InitializeAsync()
        {
            if (OidcProvider.IsAvailable) await Provider.StartAsync(UrlOf("localhost", OidcProvider.CallbackPath));
        }

        Task IAsyncLifetime.DisposeAsync()
        {
            Provider.Dispose();
            return Task.CompletedTask;
        }
    }

    [SkippableFact]
    public async Task A_reader_logs_in_with_the_provider_from_the_comment_form_keeps_their_text_comments_and_logs_out()
    {
        app.Provider.SkipUnlessAvailable();
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await OpenDemoPostAsync(page);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("Typed before logging in.");

        await page.GetByRole(AriaRole.Button, new() { Name = OidcProvider.DisplayName }).ClickAsync();
        await SignInAtProviderAsync(page, "ada");

        await Assertions.Expect(page.GetByText("You are commenting using your Test ID account (Ada Lovelace)")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" })).ToHaveValueAsync("Typed before logging in.");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Email" })).ToHaveCountAsync(0);
        Assert.Empty(await page.SeriousViolationsAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Post Comment" }).ClickAsync();
        var comment = page.Locator(".comment").Filter(new() { HasText = "Typed before logging in." });
        await Assertions.Expect(comment.Locator(".comment-author")).ToHaveTextAsync("Ada Lovelace");
        await Assertions.Expect(comment.GetByText("Your comment is awaiting moderation.")).ToBeVisibleAsync();
        // The provider's picture, fetched once and served by Folio as a 96-pixel square.
        var avatar = comment.Locator("img.avatar");
        await Assertions.Expect(avatar).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex(@"^/avatar/external/\d+\.png$"));
        await Assertions.Expect(avatar).ToHaveJSPropertyAsync("naturalWidth", 96);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log Out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Email" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = OidcProvider.DisplayName })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task The_providers_answer_cannot_be_replayed()
    {
        app.Provider.SkipUnlessAvailable();
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        string? answer = null;
        page.Request += (_, request) =>
        {
            if (request.Url.Contains(OidcProvider.CallbackPath, StringComparison.Ordinal)) answer = request.Url;
        };
        await OpenDemoPostAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = OidcProvider.DisplayName }).ClickAsync();
        await SignInAtProviderAsync(page, "grace");
        await Assertions.Expect(page.GetByText("You are commenting using your Test ID account (Grace Hopper)")).ToBeVisibleAsync();

        Assert.NotNull(answer);
        await page.GotoAsync(answer);
        await Assertions.Expect(page.GetByText("Logging in with Test ID did not work")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task An_account_connects_an_outside_identity_and_then_logs_in_with_it_alone()
    {
        app.Provider.SkipUnlessAvailable();
        await app.NewReaderAsync("linus@example.com", "Linus at Folio");
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=%2Faccount%2F"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("linus@example.com");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Connect {OidcProvider.DisplayName}" }).ClickAsync();
        await SignInAtProviderAsync(page, "linus");
        await Assertions.Expect(page.GetByText("Connected. You can now log in with it.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"{OidcProvider.DisplayName}: linus")).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());

        // A fresh browser, no password: the provider alone leads into the account, on the platform and on a site.
        var fresh = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await fresh.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=%2Faccount%2F"));
        await fresh.GetByRole(AriaRole.Button, new() { Name = OidcProvider.DisplayName }).ClickAsync();
        await SignInAtProviderAsync(fresh, "linus");
        await Assertions.Expect(fresh.GetByRole(AriaRole.Textbox, new() { Name = "Display name" })).ToHaveValueAsync("Linus at Folio");
        await OpenDemoPostAsync(fresh);
        await fresh.GetByRole(AriaRole.Button, new() { Name = OidcProvider.DisplayName }).ClickAsync(); // the provider remembers Linus: straight back
        await Assertions.Expect(fresh.GetByText("You are commenting using your Folio account (Linus at Folio)")).ToBeVisibleAsync();

        // Disconnected, the identity is a commenter of its own again, no way into the account.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Disconnect {OidcProvider.DisplayName} (linus)" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"{OidcProvider.DisplayName}: linus")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task A_deleted_account_without_a_password_is_restored_by_logging_in_with_its_provider_on_the_platform_or_a_site()
    {
        app.Provider.SkipUnlessAvailable();
        var id = await app.NewReaderAsync("hedy@example.com", "Hedy at Folio");
        var settings = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await settings.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=%2Faccount%2F"));
        await settings.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("hedy@example.com");
        await settings.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await settings.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await settings.GetByRole(AriaRole.Button, new() { Name = $"Connect {OidcProvider.DisplayName}" }).ClickAsync();
        await SignInAtProviderAsync(settings, "hedy");
        await Assertions.Expect(settings.GetByText("Connected. You can now log in with it.")).ToBeVisibleAsync();
        // As an account made through the provider alone is: no password to restore it with.
        await QueryAsync(db => db.Users.Where(a => a.Id == id).ExecuteUpdateAsync(set => set.SetProperty(a => a.PasswordHash, (string?)null)));

        // On the platform.
        await DeleteAsync(id);
        var platform = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await platform.GotoAsync(app.UrlOf("localhost", "/login/?returnUrl=%2Faccount%2F"));
        await platform.GetByRole(AriaRole.Button, new() { Name = OidcProvider.DisplayName }).ClickAsync();
        await SignInAtProviderAsync(platform, "hedy");
        await Assertions.Expect(platform.GetByText("This account is deleted: it will be removed for good on")).ToBeVisibleAsync();
        await Assertions.Expect(platform.GetByLabel("Your password, again")).ToHaveCountAsync(0);
        await Assertions.Expect(platform.GetByLabel("Password", new() { Exact = true })).ToHaveCountAsync(0); // the offer alone, no second log-in form
        await Assertions.Expect(platform.GetByRole(AriaRole.Link, new() { Name = "Log in with another account" })).ToBeVisibleAsync();
        Assert.Empty(await platform.SeriousViolationsAsync());
        await platform.SaveScreenshotAsync("restore-offer-after-provider");
        await platform.GetByRole(AriaRole.Button, new() { Name = "Restore my account" }).ClickAsync();
        await Assertions.Expect(platform.GetByRole(AriaRole.Textbox, new() { Name = "Display name" })).ToHaveValueAsync("Hedy at Folio");
        Assert.Null(await QueryAsync(db => db.Users.Where(a => a.Id == id).Select(a => a.DeleteAfter).SingleAsync()));

        // On a site, from its comment form: restored, and commenting as the account.
        await DeleteAsync(id);
        var site = await (await chromium.Browser.NewContextAsync()).NewPageAsync();
        await OpenDemoPostAsync(site);
        await site.GetByRole(AriaRole.Button, new() { Name = OidcProvider.DisplayName }).ClickAsync();
        await SignInAtProviderAsync(site, "hedy");
        await Assertions.Expect(site.GetByText("This account is deleted: it will be removed for good on")).ToBeVisibleAsync();
        Assert.StartsWith(app.UrlOf("demo.localhost", "/login/"), site.Url);
        await site.GetByRole(AriaRole.Button, new() { Name = "Restore my account" }).ClickAsync();
        await Assertions.Expect(site.GetByText("You are commenting using your Folio account (Hedy at Folio)")).ToBeVisibleAsync();
        Assert.Null(await QueryAsync(db => db.Users.Where(a => a.Id == id).Select(a => a.DeleteAfter).SingleAsync()));
    }

    /// <summary>"Delete my account", choosing nothing: the account has no site of its own.</summary>
    private async Task DeleteAsync(long accountId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountDeletion>().ScheduleAsync(accountId, [], DeletedAccountComments.Anonymise, CancellationToken.None);
    }

    private async Task<T> QueryAsync<T>(Func<FolioDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FolioDbContext>());
    }

    private async Task OpenDemoPostAsync(IPage page)
    {
        await page.GotoAsync(app.UrlOf("demo.localhost"));
        await page.GetByRole(AriaRole.Link, new() { Name = SeedArticle.Load().Title, Exact = true }).ClickAsync();
    }

    /// <summary>oidc-provider's development pages: any name and password, then consent.</summary>
    private static async Task SignInAtProviderAsync(IPage page, string login)
    {
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("any password");
        await page.Locator("button[type=submit]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }
}
