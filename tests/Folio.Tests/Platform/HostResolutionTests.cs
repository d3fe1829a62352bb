using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Platform;

public sealed class HostResolutionTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task Root_domain_serves_the_platform_landing_page_with_get_started()
    {
        var landing = await app.ClientFor("localhost").GetDocumentAsync("/");

        Assert.Contains("Design a site like this", landing.QuerySelector("h1")!.TextContent);
        Assert.Contains(landing.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Get started");
        Assert.Contains(landing.QuerySelectorAll(".site-directory a"), a => a.GetAttribute("href") == "http://demo.localhost/");
    }

    [Fact]
    public async Task Unknown_host_gets_a_clear_404_page()
    {
        var response = await app.ClientFor("nobody.localhost").GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("There is no site at nobody.localhost", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Site_paths_do_not_answer_on_the_platform_host()
    {
        var response = await app.ClientFor("localhost").GetAsync("/feed/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_custom_domain_serves_its_site()
    {
        await app.CreateSiteAsync("custom", "Custom Domain Site");
        await app.UseVerifiedDomainAsync("custom", "blog.example.com");

        var page = await app.ClientFor("blog.example.com").GetDocumentAsync("/");

        Assert.Equal("Custom Domain Site", page.QuerySelector(".site-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Missing_page_on_a_site_is_a_404_in_the_site_layout()
    {
        var response = await app.DemoClient().GetAsync("/2001/01/01/never-written/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Regional News Digest", page.QuerySelector(".site-title")!.TextContent.Trim());
    }
}
