using System.Net;
using System.Text;
using System.Text.Json;
using Folio.Data;
using Folio.Features.RestApi;
using Folio.Tests.Comments;
using Folio.Tests.RestApi;

namespace Folio.Tests.Security;

/// <summary>
/// Each endpoint takes the body its work needs, not the server's 30 MB (issue 18, item 1): a request
/// over its endpoint's limit is refused in words, before it is read, and nothing is saved.
/// </summary>
public sealed class RequestSizeTests(CommentSite site) : IClassFixture<CommentSite>
{
    [Fact]
    public async Task A_comment_form_of_megabytes_is_refused_unread_with_a_message()
    {
        var response = await site.CommentAsGuestAsync(site.Reader(), new string('w', 1024 * 1024), email: "megabyte@example.com");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("far longer than a comment may be. Nothing was saved", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await site.QuerySiteAsync("talk", db => db.Comments.CountAsync(c => c.AuthorEmail == "megabyte@example.com")));
    }

    [Fact]
    public async Task A_post_through_the_api_over_its_limit_is_refused_in_the_apis_shape()
    {
        var password = await ApplicationPasswordClient.CreateAsync(site, "author@talk.example");
        var author = ApplicationPasswordClient.For(site, CommentSite.Host, "author@talk.example", password);
        var paragraph = "<p>" + new string('w', 1000) + "</p>";
        var body = JsonSerializer.Serialize(new { title = "A very long post", content = string.Concat(Enumerable.Repeat(paragraph, (int)(RestApiRoutes.MaxBodyBytes / 1000) + 1)) });

        var response = await author.PostAsync("/wp-json/wp/v2/posts", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("rest_request_too_large", error.GetProperty("code").GetString());
        Assert.Contains("Nothing was saved", error.GetProperty("message").GetString());
        Assert.Equal(0, await site.QuerySiteAsync("talk", db => db.Posts.CountAsync(p => p.Title == "A very long post")));
    }
}
