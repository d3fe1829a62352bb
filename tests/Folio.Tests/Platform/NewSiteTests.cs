using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Platform;

public sealed class NewSiteTests(FolioApp app) : IClassFixture<FolioApp>
{
    private static Dictionary<string, string> Site(string slug, string title, string theme = "magazine") =>
        new() { ["slug"] = slug, ["title"] = title, ["tagline"] = "", ["theme"] = theme };

    [Fact]
    public async Task Creating_a_site_leads_into_its_editor_on_its_own_host_signed_in()
    {
        var platform = await app.SignedInClientAsync("localhost", FolioApp.DemoEmail, FolioApp.DemoPassword);

        var created = await platform.PostFormAsync("/new-site/", Site("fresh", "Fresh Ink"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var at = created.Headers.Location!;
        Assert.Equal("fresh.localhost", at.Host);
        // The login hand-over on the new host, through the platform and back, as the browser follows it.
        for (var hop = 0; hop < 3; hop++) at = new Uri(at, (await platform.GetAsync(at)).Headers.Location!);
        Assert.Equal("fresh.localhost", at.Host);
        Assert.Matches(@"^/admin/posts/\d+/$", at.AbsolutePath);

        var editor = await platform.GetDocumentAsync(at.ToString());
        Assert.Equal("Welcome to Fresh Ink", editor.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("Draft", editor.QuerySelector(".status")!.TextContent);
        var home = await app.ClientFor("fresh.localhost").GetDocumentAsync("/");
        Assert.Empty(home.PostTitles()); // the welcome post waits as a draft
    }

    [Theory]
    [InlineData("demo", "The address \"demo\" is already taken; please choose another.")]
    [InlineData("www", "The address \"www\" is reserved; please choose another.")]
    [InlineData("No Spaces", "A site address may use only lower-case letters a–z, digits and hyphens, and must start and end with a letter or digit.")]
    public async Task A_bad_address_is_refused_with_a_clear_message_keeping_what_was_typed(string slug, string message)
    {
        var platform = await app.SignedInClientAsync("localhost", FolioApp.DemoEmail, FolioApp.DemoPassword);

        var response = await platform.PostFormAsync("/new-site/", Site(slug, "My Title"));

        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("My Title", page.QuerySelector("#title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Creating_a_site_needs_an_account()
    {
        var response = await app.ClientFor("localhost").GetAsync("/new-site/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login/", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Design_a_site_like_this_preselects_the_site_theme()
    {
        var demo = await app.DemoClient().GetDocumentAsync("/");
        var getStarted = demo.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Get started");
        Assert.EndsWith("/signup/?theme=classic", getStarted.GetAttribute("href"));
    }
}
