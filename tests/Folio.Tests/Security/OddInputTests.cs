using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Folio.Features.Posts;
using Folio.Tests.Comments;
using Folio.Tests.Infrastructure;
using Folio.Tests.RestApi;

namespace Folio.Tests.Security;

/// <summary>
/// Text that is no character at all, or no UTF-8, is cleaned on input or refused with a message;
/// it never answers a blank 500 or breaks a feed (issue 18, 5).
/// </summary>
public sealed class OddInputTests(CommentSite site) : IClassFixture<CommentSite>
{
    private const string AuthorEmail = "author@talk.example";

    [Fact]
    public async Task Noncharacters_and_a_lone_surrogate_are_taken_out_of_a_post_and_its_page_and_feeds_still_answer()
    {
        var path = await site.SavePostAsync("talk", new SavePost
        {
            AuthorId = site.OwnerId,
            Title = "Odd\uFFFE tide\uFFFF table\uD800",
            Body = "High water at\uFFFE noon.\uDC00",
            Status = PostStatus.Published,
        });

        var page = await site.Reader().GetDocumentAsync(path);
        Assert.Equal("Odd tide table", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("High water at noon.", page.QuerySelector("article")!.TextContent);
        var rss = await site.Reader().GetAsync("/feed/");
        Assert.Equal(HttpStatusCode.OK, rss.StatusCode);
        Assert.Contains("Odd tide table", XDocument.Parse(await rss.Content.ReadAsStringAsync()).Descendants("title").Select(t => t.Value));
        var json = await site.Reader().GetAsync("/feed/json/");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("Odd tide table", JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "bytes that are not UTF-8")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41 }, "bytes that are not UTF-8")]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' }, "lone surrogate")]
    public async Task A_rest_post_whose_json_is_not_utf8_is_refused_with_a_message(byte[] badText, string saying)
    {
        var author = ApplicationPasswordClient.For(site, CommentSite.Host, AuthorEmail, await ApplicationPasswordClient.CreateAsync(site, AuthorEmail));
        var body = Encoding.UTF8.GetBytes("{\"title\":\"Tide").Concat(badText).Concat(Encoding.UTF8.GetBytes("\",\"status\":\"publish\"}")).ToArray();

        var response = await author.PostAsync("/wp-json/wp/v2/posts", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(saying, error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("/\t/evil.example/", "/")]
    [InlineData("/2026/12/01/привет/", "/2026/12/01/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82/")]
    public async Task Log_in_with_an_odd_return_url_redirects_to_a_safe_ascii_path(string returnUrl, string expected)
    {
        var response = await site.ClientFor("localhost").PostFormAsync("/login/", new()
        {
            ["email"] = FolioApp.DemoEmail, ["password"] = FolioApp.DemoPassword, ["returnUrl"] = returnUrl,
        }, pagePath: "/login/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }
}
