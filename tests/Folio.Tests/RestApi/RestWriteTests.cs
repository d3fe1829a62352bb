using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Comments;
using Folio.Tests.Infrastructure;
using Folio.Tests.Media;
using static Folio.Tests.RestApi.SiteApiClients;

namespace Folio.Tests.RestApi;

/// <summary>
/// Writing through WordPress's REST API with application passwords: what each role may do on
/// its own site, nothing on another's, and what readers then see.
/// </summary>
public sealed class RestWriteTests(CommentSite site) : IClassFixture<CommentSite>
{
    private const string AuthorEmail = "author@talk.example";
    private const string EditorEmail = "moderator@talk.example";

    [Fact]
    public async Task An_author_publishes_with_an_application_password_and_readers_see_the_sanitised_post()
    {
        await site.SavePostAsync("talk", new SavePost { AuthorId = site.OwnerId, Title = "Filed under harbour", Body = "x", Status = PostStatus.Published, Categories = ["Harbour"] });
        var harbour = (await JsonAsync(site.Reader(), "/wp-json/wp/v2/categories?slug=harbour")).EnumerateArray().Single().GetProperty("id").GetInt64();
        var author = await ClientAsync(AuthorEmail);

        var created = await author.PostAsJsonAsync("/wp-json/wp/v2/posts", new
        {
            title = "Tall ships in the harbour",
            content = "<p>Three ships came in.</p><script>alert('stolen')</script>",
            status = "publish",
            categories = new[] { harbour },
            excerpt = "Three ships.",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var post = await BodyAsync(created);
        var id = post.GetProperty("id").GetInt64();
        Assert.Equal($"http://talk.localhost/wp-json/wp/v2/posts/{id}", created.Headers.Location!.ToString());
        Assert.Equal("publish", post.GetProperty("status").GetString());
        Assert.Equal([harbour], post.GetProperty("categories").EnumerateArray().Select(c => c.GetInt64()));
        var page = await site.Reader().GetDocumentAsync(new Uri(post.GetProperty("link").GetString()!).AbsolutePath);
        Assert.Equal("Tall ships in the harbour", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Three ships came in.", page.QuerySelector("article")!.TextContent);
        Assert.Null(page.QuerySelector("article script"));
        var listed = await JsonAsync(site.Reader(), "/wp-json/wp/v2/posts?search=ships");
        Assert.Contains(id, listed.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task A_slug_changed_through_the_api_leaves_the_old_link_leading_to_the_post()
    {
        var author = await ClientAsync(AuthorEmail);
        var post = await BodyAsync(await author.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Renamed through the API", content = "<p>Words.</p>", status = "publish" }));
        var oldLink = new Uri(post.GetProperty("link").GetString()!).AbsolutePath;

        var updated = await BodyAsync(await author.PutAsJsonAsync($"/wp-json/wp/v2/posts/{post.GetProperty("id").GetInt64()}", new { slug = "named-again" }));

        var newLink = new Uri(updated.GetProperty("link").GetString()!).AbsolutePath;
        Assert.EndsWith("/named-again/", newLink);
        var response = await site.Reader().GetAsync(oldLink);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(newLink, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_draft_made_through_the_api_is_seen_only_by_those_who_may_edit_it()
    {
        var author = await ClientAsync(AuthorEmail);
        var post = await BodyAsync(await author.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Half-written thoughts", content = "Not yet." }));
        var id = post.GetProperty("id").GetInt64();
        Assert.Equal("draft", post.GetProperty("status").GetString());
        Assert.Equal("Not yet.", post.GetProperty("content").GetProperty("raw").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await site.Reader().GetAsync($"/wp-json/wp/v2/posts/{id}")).StatusCode);
        await site.AddMemberAsync("talk", "second-author@talk.example", SiteRole.Author);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync("second-author@talk.example")).GetAsync($"/wp-json/wp/v2/posts/{id}")).StatusCode);
        var asEditor = await JsonAsync(await ClientAsync(EditorEmail), $"/wp-json/wp/v2/posts/{id}");
        Assert.Equal("Half-written thoughts", asEditor.GetProperty("title").GetProperty("raw").GetString());
        Assert.DoesNotContain(id, (await JsonAsync(site.Reader(), "/wp-json/wp/v2/posts?per_page=100")).EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task An_author_updates_then_trashes_then_deletes_their_post_for_good()
    {
        var author = await ClientAsync(AuthorEmail);
        var post = await BodyAsync(await author.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "First title", content = "<p>Words.</p>", status = "publish" }));
        var id = post.GetProperty("id").GetInt64();

        var updated = await author.PutAsJsonAsync($"/wp-json/wp/v2/posts/{id}", new { title = "Better title" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var reread = await JsonAsync(site.Reader(), $"/wp-json/wp/v2/posts/{id}");
        Assert.Equal("Better title", reread.GetProperty("title").GetProperty("rendered").GetString());
        Assert.Equal("<p>Words.</p>", reread.GetProperty("content").GetProperty("rendered").GetString()?.Trim());
        var path = new Uri(reread.GetProperty("link").GetString()!).AbsolutePath;
        Assert.Equal(HttpStatusCode.OK, (await site.Reader().GetAsync(path)).StatusCode);

        var trash = await author.DeleteAsync($"/wp-json/wp/v2/posts/{id}");
        Assert.Equal(HttpStatusCode.OK, trash.StatusCode);
        Assert.Equal("trash", (await BodyAsync(trash)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await site.Reader().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Reader().GetAsync($"/wp-json/wp/v2/posts/{id}")).StatusCode);
        var edit = await author.PutAsJsonAsync($"/wp-json/wp/v2/posts/{id}", new { title = "Edited in the bin" });
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal("This post is in the Trash. Restore it before you change it.", (await BodyAsync(edit)).GetProperty("message").GetString());
        var again = await author.DeleteAsync($"/wp-json/wp/v2/posts/{id}");
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal("rest_already_trashed", (await BodyAsync(again)).GetProperty("code").GetString());

        var deleted = await author.DeleteAsync($"/wp-json/wp/v2/posts/{id}?force=true");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var answer = await BodyAsync(deleted);
        Assert.True(answer.GetProperty("deleted").GetBoolean());
        Assert.Equal("Better title", answer.GetProperty("previous").GetProperty("title").GetProperty("raw").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/wp-json/wp/v2/posts/{id}")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_post_with_a_threaded_discussion_takes_the_whole_discussion()
    {
        var editor = await ClientAsync(EditorEmail);
        var post = await BodyAsync(await editor.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Talked about", content = "Talk.", status = "publish" }));
        var id = post.GetProperty("id").GetInt64();
        var first = await BodyAsync(await editor.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = id, content = "A first word." }));
        await editor.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = id, parent = first.GetProperty("id").GetInt64(), content = "A reply." });
        Assert.Equal(2, (await JsonAsync(site.Reader(), $"/wp-json/wp/v2/comments?post={id}")).GetArrayLength());

        Assert.Equal(HttpStatusCode.OK, (await editor.DeleteAsync($"/wp-json/wp/v2/posts/{id}?force=true")).StatusCode);
        Assert.Equal(0, (await JsonAsync(site.Reader(), $"/wp-json/wp/v2/comments?post={id}")).GetArrayLength());
    }

    [Fact]
    public async Task Each_role_may_do_what_the_dashboard_allows_and_no_more()
    {
        await site.AddMemberAsync("talk", "contributor@talk.example", SiteRole.Contributor);
        var contributor = await ClientAsync("contributor@talk.example");
        var publishing = await contributor.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Straight out", status = "publish" });
        Assert.Equal(HttpStatusCode.Forbidden, publishing.StatusCode);
        Assert.Equal("rest_cannot_create", (await BodyAsync(publishing)).GetProperty("code").GetString());
        var pending = await BodyAsync(await contributor.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "For review", status = "pending" }));
        Assert.Equal("draft", pending.GetProperty("status").GetString());

        var ownersPost = await site.SavePostAsync("talk", new SavePost { AuthorId = site.OwnerId, Title = "The owner's words", Body = "Mine.", Status = PostStatus.Published });
        var ownersId = (await JsonAsync(site.Reader(), $"/wp-json/wp/v2/posts?slug={ownersPost.TrimEnd('/').Split('/')[^1]}")).EnumerateArray().Single().GetProperty("id").GetInt64();
        var author = await ClientAsync(AuthorEmail);
        var takeover = await author.PostAsJsonAsync($"/wp-json/wp/v2/posts/{ownersId}", new { title = "Mine now" });
        Assert.Equal(HttpStatusCode.Forbidden, takeover.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsJsonAsync("/wp-json/wp/v2/pages", new { title = "A page" })).StatusCode);
        var editor = await ClientAsync(EditorEmail);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/wp-json/wp/v2/posts/{ownersId}", new { title = "The owner's words, edited" })).StatusCode);
        Assert.Contains("The owner's words, edited", (await site.Reader().GetStringAsync(ownersPost)).Replace("&#x27;", "'"));
    }

    [Fact]
    public async Task Editors_stick_posts_through_the_api_and_clients_filter_by_it()
    {
        var author = await ClientAsync(AuthorEmail);
        var refused = await author.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Pin me", status = "publish", sticky = true });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("rest_cannot_assign_sticky", (await BodyAsync(refused)).GetProperty("code").GetString());

        var pinned = await BodyAsync(await (await ClientAsync(EditorEmail)).PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Pinned notice", status = "publish", sticky = true }));
        Assert.True(pinned.GetProperty("sticky").GetBoolean());
        var stickies = await JsonAsync(site.Reader(), "/wp-json/wp/v2/posts?sticky=true");
        Assert.Equal(["Pinned notice"], stickies.EnumerateArray().Select(p => p.GetProperty("title").GetProperty("rendered").GetString()));
        Assert.Equal("Pinned notice", (await site.Reader().GetDocumentAsync("/")).PostTitles()[0]);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Reader().GetAsync("/wp-json/wp/v2/posts?sticky=maybe")).StatusCode);
    }

    [Fact]
    public async Task Without_an_application_password_nothing_is_written()
    {
        var anonymous = await site.Reader().PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Who am I" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("rest_cannot_create", (await BodyAsync(anonymous)).GetProperty("code").GetString());

        var wrong = ApplicationPasswordClient.For(site, CommentSite.Host, AuthorEmail, "abcd efgh ijkl mnop qrst uvwx");
        var refused = await wrong.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Guessing" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("incorrect_password", (await BodyAsync(refused)).GetProperty("code").GetString());

        // The account's own password is not an application password.
        var ownPassword = ApplicationPasswordClient.For(site, CommentSite.Host, AuthorEmail, FolioApp.MemberPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ownPassword.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Own password" })).StatusCode);

        // A session cookie is no credential for the API: another page could make the browser send it.
        var browser = await site.SignedInClientAsync(CommentSite.Host, AuthorEmail);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Forged from a page" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Reader().GetAsync("/wp-json/wp/v2/users/me")).StatusCode);
        var me = await JsonAsync(await ClientAsync(AuthorEmail), "/wp-json/wp/v2/users/me");
        Assert.Equal("author", me.GetProperty("name").GetString());
        Assert.Empty((await JsonAsync(site.Reader(), "/wp-json/wp/v2/posts?search=Guessing")).EnumerateArray());
    }

    [Fact]
    public async Task One_sites_member_cannot_write_to_another_site()
    {
        await site.CreateSiteAsync("neighbour", "Neighbour");
        var talkPost = await BodyAsync(await (await ClientAsync(AuthorEmail)).PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Talk's own", status = "publish" }));
        var password = await ApplicationPasswordClient.CreateAsync(site, AuthorEmail, "neighbourly");
        var onNeighbour = ApplicationPasswordClient.For(site, "neighbour.localhost", AuthorEmail, password);

        Assert.Equal(HttpStatusCode.Forbidden, (await onNeighbour.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Squatting" })).StatusCode);
        var id = talkPost.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await onNeighbour.PostAsJsonAsync($"/wp-json/wp/v2/posts/{id}", new { title = "Changed from next door" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await onNeighbour.DeleteAsync($"/wp-json/wp/v2/posts/{id}?force=true")).StatusCode);
        Assert.Equal("Talk's own", (await JsonAsync(site.Reader(), $"/wp-json/wp/v2/posts/{id}")).GetProperty("title").GetProperty("rendered").GetString()?.Replace("&#39;", "'"));
    }

    [Fact]
    public async Task Readers_comment_through_the_api_and_editors_moderate()
    {
        await site.NewReaderAsync("api-reader@example.com", "Api Reader");
        var reader = await ClientAsync("api-reader@example.com");
        var postId = (await JsonAsync(site.Reader(), "/wp-json/wp/v2/posts?slug=open-for-discussion")).EnumerateArray().Single().GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Reader().PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = postId, content = "Anonymous." })).StatusCode);
        var created = await reader.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = postId, content = "Posted from my app." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var comment = await BodyAsync(created);
        var id = comment.GetProperty("id").GetInt64();
        Assert.Equal("Api Reader", comment.GetProperty("author_name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await reader.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = postId, content = "Posted from my app." })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/wp-json/wp/v2/comments/{id}", new { status = "approved" })).StatusCode);
        var editor = await ClientAsync(EditorEmail);
        var approved = await BodyAsync(await editor.PostAsJsonAsync($"/wp-json/wp/v2/comments/{id}", new { status = "approved", content = "Posted from my app (edited)." }));
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Contains(site.PostPath, approved.GetProperty("link").GetString());
        Assert.Contains("Posted from my app (edited).", await site.Reader().GetStringAsync(site.PostPath));

        var reply = await BodyAsync(await editor.PostAsJsonAsync("/wp-json/wp/v2/comments", new { post = postId, parent = id, content = "Thanks for writing." }));
        var trashed = await BodyAsync(await editor.DeleteAsync($"/wp-json/wp/v2/comments/{id}"));
        Assert.Equal("trash", trashed.GetProperty("status").GetString());
        Assert.DoesNotContain("Posted from my app (edited).", await site.Reader().GetStringAsync(site.PostPath));
        var deleted = await BodyAsync(await editor.DeleteAsync($"/wp-json/wp/v2/comments/{id}?force=true"));
        Assert.True(deleted.GetProperty("deleted").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.DeleteAsync($"/wp-json/wp/v2/comments/{id}?force=true")).StatusCode);
        // The reply stays, moved up to the top of the thread.
        var kept = await JsonAsync(site.Reader(), $"/wp-json/wp/v2/comments/{reply.GetProperty("id").GetInt64()}");
        Assert.Equal(0, kept.GetProperty("parent").GetInt64());
        // As WordPress embeds them: a registered commenter and the post the comment is on. Only an
        // author of public posts is a public user, so the editor publishes one here, whatever other tests did.
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Moderation notes", content = "Be kind.", status = "publish" })).StatusCode);
        var embedded = (await JsonAsync(site.Reader(), $"/wp-json/wp/v2/comments?post={postId}&_embed")).EnumerateArray()
            .Single(c => c.GetProperty("id").GetInt64() == reply.GetProperty("id").GetInt64()).GetProperty("_embedded");
        Assert.Equal(reply.GetProperty("author").GetInt64(), embedded.GetProperty("author")[0].GetProperty("id").GetInt64());
        Assert.Equal(postId, embedded.GetProperty("up")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Media_are_listed_and_a_post_can_feature_one()
    {
        var uploader = await site.SignedInClientAsync(CommentSite.Host, AuthorEmail);
        await uploader.UploadAsync(TestImages.Png(800, 600), "lighthouse.png", "The lighthouse at dusk");
        var media = (await JsonAsync(site.Reader(), "/wp-json/wp/v2/media")).EnumerateArray().First(m => m.GetProperty("alt_text").GetString() == "The lighthouse at dusk");
        Assert.Equal("image/png", media.GetProperty("mime_type").GetString());
        Assert.Equal(800, media.GetProperty("media_details").GetProperty("width").GetInt32());
        var source = new Uri(media.GetProperty("source_url").GetString()!).AbsolutePath;
        Assert.Equal(HttpStatusCode.OK, (await site.Reader().GetAsync(source)).StatusCode);

        var mediaId = media.GetProperty("id").GetInt64();
        var post = await BodyAsync(await (await ClientAsync(AuthorEmail)).PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "By the lighthouse", content = "Dusk.", status = "publish", featured_media = mediaId }));
        Assert.Equal(mediaId, post.GetProperty("featured_media").GetInt64());
        var embedded = await JsonAsync(site.Reader(), $"/wp-json/wp/v2/posts/{post.GetProperty("id").GetInt64()}?_embed");
        Assert.Equal(mediaId, embedded.GetProperty("_embedded").GetProperty("wp:featuredmedia")[0].GetProperty("id").GetInt64());
        var uploadedBy = (await JsonAsync(site.Reader(), $"/wp-json/wp/v2/media/{mediaId}?_embed")).GetProperty("_embedded").GetProperty("author")[0];
        Assert.Equal(media.GetProperty("author").GetInt64(), uploadedBy.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, (await (await ClientAsync(AuthorEmail)).PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "No such image", featured_media = 987654 })).StatusCode);
    }

    [Fact]
    public async Task Pages_sit_under_parents_in_their_order_and_posts_keep_their_format_as_WordPress_clients_send_them()
    {
        var editor = await ClientAsync(EditorEmail);
        var aboutId = (await BodyAsync(await editor.PostAsJsonAsync("/wp-json/wp/v2/pages", new { title = "About us", status = "publish" }))).GetProperty("id").GetInt64();
        var team = await BodyAsync(await editor.PostAsJsonAsync("/wp-json/wp/v2/pages", new { title = "Our team", status = "publish", parent = aboutId, menu_order = 2 }));
        await editor.PostAsJsonAsync("/wp-json/wp/v2/pages", new { title = "Our history", status = "publish", parent = aboutId, menu_order = 1 });

        Assert.Equal((aboutId, 2), (team.GetProperty("parent").GetInt64(), team.GetProperty("menu_order").GetInt32()));
        var children = await JsonAsync(site.Reader(), $"/wp-json/wp/v2/pages?parent={aboutId}&orderby=menu_order&order=asc");
        Assert.Equal(["Our history", "Our team"], children.EnumerateArray().Select(p => p.GetProperty("title").GetProperty("rendered").GetString()));
        Assert.DoesNotContain("About us", (await JsonAsync(site.Reader(), $"/wp-json/wp/v2/pages?parent_exclude=0")).EnumerateArray().Select(p => p.GetProperty("title").GetProperty("rendered").GetString()));

        var underItsOwnChild = await editor.PostAsJsonAsync($"/wp-json/wp/v2/pages/{aboutId}", new { parent = team.GetProperty("id").GetInt64() });
        Assert.Equal(HttpStatusCode.BadRequest, underItsOwnChild.StatusCode);
        Assert.Contains("under itself or under one of its own subpages", (await BodyAsync(underItsOwnChild)).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsJsonAsync("/wp-json/wp/v2/pages", new { title = "Orphan", parent = 987654 })).StatusCode);
        // Deleting the parent for good leaves its children at the top, not under a page that is gone.
        Assert.Equal(HttpStatusCode.OK, (await editor.DeleteAsync($"/wp-json/wp/v2/pages/{aboutId}?force=true")).StatusCode);
        var orphan = await JsonAsync(site.Reader(), $"/wp-json/wp/v2/pages/{team.GetProperty("id").GetInt64()}");
        Assert.Equal(0, orphan.GetProperty("parent").GetInt64());

        var aside = await BodyAsync(await editor.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "A quick aside", status = "publish", format = "aside" }));
        Assert.Equal("aside", aside.GetProperty("format").GetString());
        var edited = await BodyAsync(await editor.PostAsJsonAsync($"/wp-json/wp/v2/posts/{aside.GetProperty("id").GetInt64()}", new { title = "A quick aside, edited" }));
        Assert.Equal("aside", edited.GetProperty("format").GetString()); // a save that does not name the format keeps it
        var unknown = await editor.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "A sonnet", format = "poem" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("rest_invalid_param", (await BodyAsync(unknown)).GetProperty("code").GetString());
    }

    private readonly SiteApiClients clients = new(site, CommentSite.Host);

    private Task<HttpClient> ClientAsync(string email) => clients.ForAsync(email);
}
