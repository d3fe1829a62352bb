using System.Net;
using System.Text.Json;
using Folio.Features.Posts;
using Folio.Tests.Comments;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

/// <summary>
/// Password-protected posts, as in WordPress: the title is public; the words and the discussion
/// only come with the password, on the post page and nowhere else (listings, feeds, search, the API).
/// </summary>
public sealed class ProtectedPostTests(CommentSite site) : IClassFixture<CommentSite>
{
    private const string Secret = "Hidden harbour minutes";
    private const string Password = "tide-and-time";

    [Fact]
    public async Task The_post_page_asks_for_the_password_and_shows_the_words_once_it_is_given()
    {
        var path = await ProtectedPostAsync("Members' minutes");
        var reader = site.Reader();

        var locked = await reader.GetDocumentAsync(path);
        Assert.Equal("Protected: Members' minutes", locked.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain(Secret, locked.Body!.TextContent);
        Assert.Contains("This content is password protected.", locked.Body.TextContent);
        Assert.Null(locked.QuerySelector("#respond"));

        var wrong = await reader.PostAsync($"{path}?handler=Password", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = "guess" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("That password is not right.", (await Html.ParseAsync(wrong)).Body!.TextContent);

        var right = await reader.PostAsync($"{path}?handler=Password", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = Password }));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var cookie = right.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("folio_post_password="));
        var opened = new HttpRequestMessage(HttpMethod.Get, path);
        opened.Headers.Add("Cookie", cookie.Split(';')[0]);
        var page = await Html.ParseAsync(await reader.SendAsync(opened));
        Assert.Contains(Secret, page.QuerySelector("article")!.TextContent);
        Assert.NotNull(page.QuerySelector("#respond"));

        // The opened page was never stored for everyone: the next visitor without the cookie is asked again.
        Assert.DoesNotContain(Secret, (await site.Reader().GetDocumentAsync(path)).Body!.TextContent);
    }

    [Theory]
    [InlineData(PostKind.Post)]
    [InlineData(PostKind.Page)]
    public async Task The_password_form_opens_the_post_or_page_it_is_on(PostKind kind)
    {
        var path = await ProtectedPostAsync($"Harbour {kind} minutes", kind);
        var reader = site.Reader();

        var form = (await reader.GetDocumentAsync(path)).QuerySelector("form.post-password-form");
        Assert.NotNull(form);
        var answer = await reader.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = Password }));

        // Opened, and sent back to read it: a redirect of the form itself would turn it into a visit that forgets the password.
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(path, answer.Headers.Location!.OriginalString);
        var opened = new HttpRequestMessage(HttpMethod.Get, path);
        opened.Headers.Add("Cookie", answer.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("folio_post_password=")).Split(';')[0]);
        Assert.Contains(Secret, (await Html.ParseAsync(await reader.SendAsync(opened))).QuerySelector("article")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_password_on_a_page_is_refused_on_the_page()
    {
        var path = await ProtectedPostAsync("Harbour rota", PostKind.Page);

        var wrong = await site.Reader().PostAsync($"{path}?handler=Password", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = "guess" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var page = await Html.ParseAsync(wrong);
        Assert.Contains("That password is not right.", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.DoesNotContain(Secret, page.Body!.TextContent);
    }

    [Fact]
    public async Task Listings_feeds_search_and_the_api_never_show_the_words()
    {
        var path = await ProtectedPostAsync("Council notes");
        var reader = site.Reader();

        var home = await reader.GetDocumentAsync("/");
        Assert.Contains("Protected: Council notes", home.PostTitles());
        Assert.Contains(PostProtection.NoExcerpt, home.Body!.TextContent);
        Assert.DoesNotContain(Secret, home.Body.TextContent);
        Assert.DoesNotContain(Secret, await reader.GetStringAsync("/feed/"));
        await site.ForSiteAsync("talk", async services =>
        {
            var postId = (await services.GetRequiredService<PostQueries>().FindBySlugAsync(path.TrimEnd('/').Split('/')[^1], PostKind.Post, CancellationToken.None))!.Id;
            var db = services.GetRequiredService<Folio.Data.FolioDbContext>();
            db.Comments.Add(new Folio.Features.Comments.Comment
            {
                PostId = postId, AuthorName = "Insider", AuthorEmail = "insider@example.com", AvatarSeed = "x", Body = "The minutes say yes.", Status = Folio.Features.Comments.CommentStatus.Approved, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("The minutes say yes.", await reader.GetStringAsync("/comments/feed/"));
        Assert.DoesNotContain("The minutes say yes.", await reader.GetStringAsync($"{path}feed/"));
        Assert.DoesNotContain("The minutes say yes.", await reader.GetStringAsync("/wp-json/wp/v2/comments"));
        Assert.DoesNotContain("Council notes", (await reader.GetDocumentAsync("/?s=harbour+minutes")).Body!.TextContent);

        var api = JsonDocument.Parse(await reader.GetStringAsync("/wp-json/wp/v2/posts?per_page=100")).RootElement;
        var post = api.EnumerateArray().Single(p => p.GetProperty("title").GetProperty("rendered").GetString() == "Protected: Council notes");
        Assert.True(post.GetProperty("content").GetProperty("protected").GetBoolean());
        Assert.Equal("", post.GetProperty("content").GetProperty("rendered").GetString());
        var id = post.GetProperty("id").GetInt64();
        var withPassword = JsonDocument.Parse(await reader.GetStringAsync($"/wp-json/wp/v2/posts/{id}?password={Password}")).RootElement;
        Assert.Contains(Secret, withPassword.GetProperty("content").GetProperty("rendered").GetString());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_comment_needs_the_password_too()
    {
        var path = await ProtectedPostAsync("Closed circle");
        var response = await site.CommentAsGuestAsync(site.Reader(), "Let me in.", onPath: path);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("This post is password protected", await response.Content.ReadAsStringAsync());
    }

    private Task<string> ProtectedPostAsync(string title, PostKind kind = PostKind.Post) => site.SavePostAsync("talk", new SavePost
    {
        AuthorId = site.OwnerId, Kind = kind, Title = title, Body = $"{Secret}: we met at the harbour.", Status = PostStatus.Published, Password = Password,
    });
}
