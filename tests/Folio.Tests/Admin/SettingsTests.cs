using System.Net;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

public sealed class SettingsTests(FolioApp app) : IClassFixture<FolioApp>
{
    private async Task<HttpClient> AdministratorOfAsync(string slug)
    {
        await app.CreateSiteAsync(slug, slug);
        return await app.SignedInClientAsync($"{slug}.localhost", $"owner-of-{slug}@example.com");
    }

    [Fact]
    public async Task A_custom_domain_serves_the_site_from_the_next_request()
    {
        var admin = await AdministratorOfAsync("ownhost");
        var saved = await admin.PostFormAsync("/admin/settings/", new() { ["customDomain"] = "News.Example.COM.", ["postsPerPage"] = "5", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var home = await app.ClientFor("news.example.com").GetDocumentAsync("/");
        Assert.Equal("ownhost", home.QuerySelector(".site-title")!.TextContent.Trim());
        Assert.Contains(home.QuerySelectorAll("link[rel=alternate]"), link => link.GetAttribute("href") == "/feed/");
        var sitemap = await app.ClientFor("ownhost.localhost").GetStringAsync("/sitemap.xml");
        Assert.Contains("http://news.example.com/", sitemap); // the custom domain is now the site's address
    }

    [Theory]
    [InlineData("https://blog.example.com/", "A custom domain is a host name such as blog.example.com")]
    [InlineData("evil.localhost", "Addresses under localhost belong to the platform")]
    [InlineData("nodots", "A custom domain is a host name such as blog.example.com")]
    public async Task A_bad_domain_is_refused_and_nothing_changes(string domain, string message)
    {
        var slug = "bad" + Math.Abs(domain.GetHashCode() % 10000);
        var admin = await AdministratorOfAsync(slug);

        var response = await admin.PostFormAsync("/admin/settings/", new() { ["customDomain"] = domain, ["postsPerPage"] = "10", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Null(await app.ForSiteAsync(slug, s => Task.FromResult(s.GetRequiredService<CurrentSite>().Required.CustomDomain)));
    }

    [Fact]
    public async Task A_domain_of_another_site_is_refused()
    {
        var first = await AdministratorOfAsync("firstclaim");
        await first.PostFormAsync("/admin/settings/", new() { ["customDomain"] = "claimed.example.org", ["postsPerPage"] = "10", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2" });
        var second = await AdministratorOfAsync("secondclaim");

        var response = await second.PostFormAsync("/admin/settings/", new() { ["customDomain"] = "claimed.example.org", ["postsPerPage"] = "10", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2" });

        Assert.Contains("claimed.example.org is already the address of another site.", await response.Content.ReadAsStringAsync());
        Assert.Equal("firstclaim", (await app.ClientFor("claimed.example.org").GetDocumentAsync("/")).QuerySelector(".site-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Only_administrators_change_settings()
    {
        await app.CreateSiteAsync("guarded", "Guarded");
        await app.AddMemberAsync("guarded", "ed@guarded.example", SiteRole.Editor);
        var editor = await app.SignedInClientAsync("guarded.localhost", "ed@guarded.example");

        var response = await editor.GetAsync("/admin/settings/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login/", response.Headers.Location!.AbsolutePath);
    }
}
