using System.Net;
using System.Text.Json;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Errors;

/// <summary>Unknown addresses answer 404 whatever the method, in HTML for pages and in WordPress's JSON for the REST API.</summary>
public sealed class NotFoundTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Theory]
    [InlineData("demo.localhost")]
    [InlineData("localhost")]
    public async Task A_post_to_an_unknown_path_is_not_found(string host)
    {
        var response = await app.ClientFor(host).PostAsync("/no-such-page/", new FormUrlEncodedContent(new Dictionary<string, string> { ["comment"] = "hello" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(response)).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_not_found_page_announces_the_rest_api_once()
    {
        var response = await app.DemoClient().GetAsync("/no-such-page/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["<http://demo.localhost/wp-json/>; rel=\"https://api.w.org/\""], response.Headers.GetValues("Link"));
    }

    [Theory]
    [InlineData("GET", "/wp-json/wp/v2/no-such-route")]
    [InlineData("POST", "/wp-json/no-such-route")]
    [InlineData("GET", "/wp-json/wp/v2/posts/not-a-number")]
    public async Task An_unknown_rest_route_answers_wordpress_json_error(string method, string path)
    {
        var response = await app.DemoClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("rest_no_route", error.GetProperty("code").GetString());
        Assert.Equal("No route was found matching the URL and request method.", error.GetProperty("message").GetString());
        Assert.Equal(404, error.GetProperty("data").GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_error_page_itself_is_not_an_address()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor("localhost").GetAsync("/error")).StatusCode);
    }
}
