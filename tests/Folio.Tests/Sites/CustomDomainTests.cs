using System.Net;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Folio.Tests.Sites;

/// <summary>A custom domain routes to a site only after it served the site's token, and a verified domain is one site's alone.</summary>
public sealed class CustomDomainTests(CustomDomainTests.App app) : IClassFixture<CustomDomainTests.App>
{
    /// <summary>Folio whose fetcher finds every domain's server among <see cref="DomainServers"/>.</summary>
    public sealed class App : FolioApp, IAsyncLifetime
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

    private async Task<HttpClient> AdministratorOfAsync(string slug)
    {
        await app.CreateSiteAsync(slug, $"Site {slug}");
        return await app.SignedInClientAsync($"{slug}.localhost", $"owner-of-{slug}@example.com");
    }

    private static async Task<HttpResponseMessage> SaveDomainAsync(HttpClient admin, string domain) =>
        await admin.PostFormAsync("/admin/settings/", new() { ["customDomain"] = domain, ["postsPerPage"] = "10", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2" });

    private static Task<HttpResponseMessage> CheckNowAsync(HttpClient admin) =>
        admin.PostFormAsync("/admin/settings/?handler=CheckDomain", [], pagePath: "/admin/settings/");

    private static async Task<string> TokenShownToAsync(HttpClient admin)
    {
        var settings = await admin.GetDocumentAsync("/admin/settings/");
        return settings.QuerySelector(".domain-token")!.TextContent.Trim();
    }

    private async Task<string?> SiteTitleAtAsync(string host)
    {
        var response = await app.ClientFor(host).GetAsync("/");
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        return (await Html.ParseAsync(response)).QuerySelector(".site-title")!.TextContent.Trim();
    }

    private async Task<HttpClient> VerifiedOwnerAsync(string slug, string domain)
    {
        var admin = await AdministratorOfAsync(slug);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveDomainAsync(admin, domain)).StatusCode);
        app.Domains.Serve(domain, await TokenShownToAsync(admin));
        Assert.Equal(HttpStatusCode.Redirect, (await CheckNowAsync(admin)).StatusCode);
        return admin;
    }

    [Fact]
    public async Task A_domain_that_has_not_served_its_token_does_not_show_the_site()
    {
        var admin = await AdministratorOfAsync("unproven");

        var saved = await SaveDomainAsync(admin, "News.Unproven.Example.");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Null(await SiteTitleAtAsync("news.unproven.example"));
        var settings = await admin.GetDocumentAsync("/admin/settings/");
        Assert.Equal("news.unproven.example is not verified yet", settings.QuerySelector(".domain-status h2")!.TextContent.Trim());
        Assert.Equal("http://news.unproven.example/.well-known/folio-domain-verification", settings.QuerySelector(".domain-url")!.TextContent.Trim());
        Assert.Matches("^[0-9a-f]{32}$", settings.QuerySelector(".domain-token")!.TextContent.Trim());
        var sitemap = await app.ClientFor("unproven.localhost").GetStringAsync("/sitemap.xml");
        Assert.DoesNotContain("news.unproven.example", sitemap); // links stay on the sub-domain
    }

    [Fact]
    public async Task A_served_token_verifies_the_domain_and_the_site_answers_there()
    {
        var admin = await AdministratorOfAsync("proven");
        await SaveDomainAsync(admin, "news.proven.example");
        app.Domains.Serve("news.proven.example", await TokenShownToAsync(admin) + "\n");

        var checkedNow = await CheckNowAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, checkedNow.StatusCode);
        var settings = await admin.GetDocumentAsync(checkedNow.Headers.Location!.OriginalString);
        Assert.Equal("news.proven.example is verified and now shows this site.", settings.QuerySelector(".notice")!.TextContent.Trim());
        Assert.Equal("Verified: news.proven.example shows this site.", settings.QuerySelector(".domain-status")!.TextContent.Trim());
        var home = await app.ClientFor("news.proven.example").GetDocumentAsync("/");
        Assert.Equal("Site proven", home.QuerySelector(".site-title")!.TextContent.Trim());
        Assert.Contains(home.QuerySelectorAll("link[rel=alternate]"), link => link.GetAttribute("href") == "/feed/");
        var sitemap = await app.ClientFor("proven.localhost").GetStringAsync("/sitemap.xml");
        Assert.Contains("http://news.proven.example/", sitemap);
    }

    [Theory]
    [InlineData("not the token", "http://news.wrong{0}.example/.well-known/folio-domain-verification answered, but not with this site's token.")]
    [InlineData(null, "Folio could not read http://news.wrong{0}.example/.well-known/folio-domain-verification: the server answered 404 Not Found.")]
    public async Task A_wrong_or_missing_token_is_refused_with_a_clear_message(string? body, string message)
    {
        var slug = body is null ? "missing" : "wrong";
        var domain = $"news.wrong{slug}.example";
        var admin = await AdministratorOfAsync(slug);
        await SaveDomainAsync(admin, domain);
        if (body is not null) app.Domains.Serve(domain, body);

        var checkedNow = await CheckNowAsync(admin);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, checkedNow.StatusCode);
        var page = await Html.ParseAsync(checkedNow);
        Assert.Contains(string.Format(message, slug), page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal(domain, page.QuerySelector("#domain")!.GetAttribute("value")); // the form still shows the saved settings
        Assert.Null(await SiteTitleAtAsync(domain));
    }

    [Fact]
    public async Task A_domain_verified_by_one_site_cannot_be_claimed_by_another()
    {
        await VerifiedOwnerAsync("firstclaim", "claimed.example.org");
        var second = await AdministratorOfAsync("secondclaim");

        var response = await SaveDomainAsync(second, "claimed.example.org");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("claimed.example.org is already the address of another site.", await response.Content.ReadAsStringAsync());
        Assert.Equal("Site firstclaim", await SiteTitleAtAsync("claimed.example.org"));
    }

    [Fact]
    public async Task A_site_that_claims_a_domain_first_cannot_keep_its_owner_from_it()
    {
        var squatter = await AdministratorOfAsync("squatter");
        await SaveDomainAsync(squatter, "wanted.example.org");

        await VerifiedOwnerAsync("rightful", "wanted.example.org");
        var squattersCheck = await CheckNowAsync(squatter);

        Assert.Contains("wanted.example.org is already the address of another site.", await squattersCheck.Content.ReadAsStringAsync());
        Assert.Equal("Site rightful", await SiteTitleAtAsync("wanted.example.org"));
    }

    [Fact]
    public async Task Changing_the_domain_takes_the_old_one_down_and_the_new_one_waits_for_its_own_token()
    {
        var admin = await VerifiedOwnerAsync("moving", "old.moving.example");
        var oldToken = await app.ForSiteAsync("moving", s => Task.FromResult(s.GetRequiredService<CurrentSite>().Required.CustomDomainToken));

        await SaveDomainAsync(admin, "new.moving.example");

        Assert.Null(await SiteTitleAtAsync("old.moving.example"));
        Assert.Null(await SiteTitleAtAsync("new.moving.example"));
        Assert.NotEqual(oldToken, await TokenShownToAsync(admin));
    }
}
