using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Folio.Tests.RestApi;

namespace Folio.Tests.Comments;

/// <summary>
/// The post page's form and the REST API are two doors to one set of rules: what one refuses,
/// the other refuses too, each in its own words (the form's message, WordPress's error code).
/// </summary>
public sealed class CommentAdapterTests(CommentSite site) : IClassFixture<CommentSite>
{
    [Fact]
    public async Task A_closed_discussion_refuses_the_form_and_the_api_alike()
    {
        var (path, id) = await PostAsync("Closed for talk", commentsOpen: false);

        var form = await site.CommentAsGuestAsync(site.Reader(), "Through the form.", onPath: path);
        var api = await (await ApiAsync()).PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = id, content = "Through the api." });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, form.StatusCode);
        Assert.Contains(CommentRefusalTexts.Closed, await form.Content.ReadAsStringAsync());
        await AssertErrorAsync(api, HttpStatusCode.Forbidden, "rest_comment_closed");
        Assert.Equal(0, await StoredOnAsync(id));
    }

    [Fact]
    public async Task A_protected_post_takes_comments_through_either_door_only_with_its_password()
    {
        var (path, id) = await PostAsync("Members only", password: "open sesame");
        var api = await ApiAsync();

        var form = await site.CommentAsGuestAsync(site.Reader(), "No password given.", onPath: path);
        var apiWithout = await api.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = id, content = "No password given." });
        var apiWrong = await api.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = id, content = "A wrong password.", password = "open barley" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, form.StatusCode);
        Assert.NotNull((await Html.ParseAsync(form)).QuerySelector("input[name=password]"));
        await AssertErrorAsync(apiWithout, HttpStatusCode.Forbidden, "rest_cannot_read_post");
        await AssertErrorAsync(apiWrong, HttpStatusCode.Forbidden, "rest_cannot_read_post");
        Assert.Equal(0, await StoredOnAsync(id));

        var apiRight = await api.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = id, content = "The right password.", password = "open sesame" });
        Assert.Equal(HttpStatusCode.Created, apiRight.StatusCode);
    }

    [Fact]
    public async Task Saying_the_same_twice_is_refused_by_both_doors_as_a_duplicate()
    {
        var (path, id) = await PostAsync("Say it once");
        var api = await ApiAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await site.CommentAsGuestAsync(site.Reader(), "Once is enough.", onPath: path)).StatusCode);
        var form = await site.CommentAsGuestAsync(site.Reader(), "Once is enough.", onPath: path);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = id, content = "Once is enough." })).StatusCode);
        var apiAgain = await api.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = id, content = "Once is enough." });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, form.StatusCode);
        Assert.Contains(CommentRefusalTexts.Duplicate, WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync()));
        await AssertErrorAsync(apiAgain, HttpStatusCode.Conflict, "comment_duplicate");
        Assert.Equal(2, await StoredOnAsync(id));
    }

    [Fact]
    public async Task The_handler_names_each_refusal_by_its_kind_not_by_its_words()
    {
        var (_, id) = await PostAsync("Kinds of no");
        var closed = (await PostAsync("No more talk", commentsOpen: false)).Id;

        var first = await SubmitAsync(new SubmitComment(id, null, "First and only.", "Ada", "ada@example.com", null, null, "192.0.2.7"));
        var again = await SubmitAsync(new SubmitComment(id, null, "First and only.", "Ada", "ada@example.com", null, null, "192.0.2.7"));
        var onClosed = await SubmitAsync(new SubmitComment(closed, null, "Anyone there?", "Ada", "ada@example.com", null, null, "192.0.2.7"));
        var missing = await SubmitAsync(new SubmitComment(987654, null, "Hello?", "Ada", "ada@example.com", null, null, "192.0.2.7"));
        var empty = await SubmitAsync(new SubmitComment(id, null, "  ", "Ada", "ada@example.com", null, null, "192.0.2.7"));
        var bot = await SubmitAsync(new SubmitComment(id, null, "Buy now.", "Bot", "bot@example.com", null, "555-0100", "192.0.2.7"));

        Assert.Null(first.Refusal);
        Assert.IsType<CommentRefusal.Duplicate>(again.Refusal);
        Assert.IsType<CommentRefusal.DiscussionClosed>(onClosed.Refusal);
        Assert.IsType<CommentRefusal.PostNotFound>(missing.Refusal);
        Assert.Equal(["Please type a comment."], Assert.IsType<CommentRefusal.Invalid>(empty.Refusal).Errors);
        Assert.IsType<CommentRefusal.Discarded>(bot.Refusal);
    }

    [Fact]
    public async Task A_comment_on_a_post_that_is_not_there_is_refused_as_wordpress_refuses_it()
    {
        var response = await (await ApiAsync()).PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = 987654, content = "Into the void." });

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, "rest_comment_invalid_post_id");
    }

    private async Task<(string Path, long Id)> PostAsync(string title, bool commentsOpen = true, string? password = null)
    {
        var path = await site.SavePostAsync("talk", new SavePost
        {
            AuthorId = site.OwnerId, Title = title, Body = "Words.", Status = PostStatus.Published, CommentsOpen = commentsOpen, Password = password,
        });
        var id = await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Posts.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        return (path, id);
    }

    private Task<int> StoredOnAsync(long postId) =>
        site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.CountAsync(c => c.PostId == postId));

    private Task<SubmitCommentResult> SubmitAsync(SubmitComment request) =>
        site.ForSiteAsync("talk", s => s.GetRequiredService<SubmitCommentHandler>().HandleAsync(request, path => "http://talk.localhost" + path));

    /// <summary>A program commenting for a reader of its own, who has made it an application password.</summary>
    private async Task<HttpClient> ApiAsync()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.com";
        await site.NewReaderAsync(email, "Both Doors");
        return ApplicationPasswordClient.For(site, CommentSite.Host, email, await ApplicationPasswordClient.CreateAsync(site, email));
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal((int)status, error.GetProperty("data").GetProperty("status").GetInt32());
    }
}
