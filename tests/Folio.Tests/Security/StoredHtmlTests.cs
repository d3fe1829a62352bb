using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Tests.Curation;
using Folio.Tests.RestApi;
using Folio.Tests.WordPress;

namespace Folio.Tests.Security;

/// <summary>
/// Every way a post's or a comment's words come in stores them sanitised: the rule lives where
/// the body is set (<see cref="PostBody"/>, <see cref="Comment.Body"/>), not in each caller.
/// </summary>
public sealed class StoredHtmlTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    private const string Kept = "Kept words";
    private const string Attack = $"""<p>{Kept}</p><script>alert('stolen')</script><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">a link</a>""";

    public static TheoryData<string> EntryPoints => ["save-post", "rest-create", "rest-update", "curation", "wordpress-import", "comment-form", "comment-edit"];

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public async Task Each_way_in_stores_only_sanitised_html(string entryPoint)
    {
        var slug = "in-" + entryPoint;
        await app.CreateSiteAsync(slug, $"Way in: {entryPoint}");

        var stored = await StoreThroughAsync(entryPoint, slug);

        Assert.NotEmpty(stored);
        Assert.All(stored, html =>
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>The HTML the site holds after the words came in this way.</summary>
    private async Task<IReadOnlyList<string>> StoreThroughAsync(string entryPoint, string slug)
    {
        var owner = await OwnerIdAsync(slug);
        switch (entryPoint)
        {
            case "save-post": // the editor's and curation's handler
                await app.SavePostAsync(slug, new SavePost { AuthorId = owner, Title = "Saved", Body = Attack, BodyFormat = BodyFormat.Html, Status = PostStatus.Published });
                return await PostHtmlAsync(slug);
            case "rest-create":
                Assert.Equal(HttpStatusCode.Created, (await (await ApiAsync(slug)).PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Posted", content = Attack, status = "publish" })).StatusCode);
                return await PostHtmlAsync(slug);
            case "rest-update":
                var api = await ApiAsync(slug);
                var created = await (await api.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Posted", content = "Plain.", status = "publish" })).Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/wp-json/wp/v2/posts/{created.GetProperty("id").GetInt64()}", new { content = Attack })).StatusCode);
                return await PostHtmlAsync(slug);
            case "curation":
                app.Feeds.ServeRss($"/{slug}/feed.xml", "Wire", new TestItem($"{slug}-1", "From the wire", $"https://wire.example/{slug}", Kept, DateTimeOffset.UtcNow, Content: Attack));
                var source = await app.AddSourceAsync(slug, app.Feeds.Url($"/{slug}/feed.xml"));
                await app.FetchAsync(slug, source.Id);
                return await PostHtmlAsync(slug);
            case "wordpress-import": // the sample's posts and comments carry a script, an onclick and a javascript: link
                await app.ImportAsync(slug, owner, app.SampleFile());
                return [.. await PostHtmlAsync(slug), .. (await app.CommentsAsync(slug)).Select(c => c.BodyHtml)];
            case "comment-form":
                await CommentAsync(slug, Attack);
                return await CommentHtmlAsync(slug);
            case "comment-edit":
                var commentId = await CommentAsync(slug, "Plain words.");
                Assert.Empty(await app.ForSiteAsync(slug, s => s.GetRequiredService<EditCommentHandler>().HandleAsync(new EditComment(commentId, Attack, "Grace", "grace@example.com", null))));
                return await CommentHtmlAsync(slug);
            default:
                throw new ArgumentOutOfRangeException(nameof(entryPoint), entryPoint, null);
        }
    }

    private async Task<long> CommentAsync(string slug, string words)
    {
        var path = await app.SavePostAsync(slug, new SavePost { AuthorId = await OwnerIdAsync(slug), Title = "Talk", Body = "Talk to us.", Status = PostStatus.Published });
        var response = await app.ClientFor($"{slug}.localhost").PostAsync($"{path}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Comment"] = words, ["Form.Author"] = "Grace", ["Form.Email"] = "grace@example.com",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split("#comment-")[1]);
    }

    private async Task<IReadOnlyList<string>> PostHtmlAsync(string slug) => [.. (await app.PostsAsync(slug)).Select(p => p.BodyHtml)];

    private async Task<IReadOnlyList<string>> CommentHtmlAsync(string slug) => [.. (await app.CommentsAsync(slug)).Select(c => c.BodyHtml)];

    private Task<long> OwnerIdAsync(string slug) =>
        app.ForSiteAsync(slug, s => s.GetRequiredService<FolioDbContext>().SiteMembers.Select(m => m.AccountId).FirstAsync());

    private async Task<HttpClient> ApiAsync(string slug)
    {
        var email = $"owner-of-{slug}@example.com";
        return ApplicationPasswordClient.For(app, $"{slug}.localhost", email, await ApplicationPasswordClient.CreateAsync(app, email));
    }
}
