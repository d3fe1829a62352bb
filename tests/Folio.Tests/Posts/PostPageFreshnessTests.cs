using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Follows;
using Folio.Features.Likes;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Comments;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

/// <summary>
/// The post page is rendered from a read model kept beside the cached pages (the post, its
/// comments, its likes, the follower count): whatever a reader would see changed is on the next
/// page, the shared cached one and a signed-in reader's own (never cached, rendered from the
/// read model) alike.
/// </summary>
public sealed class PostPageFreshnessTests(CommentSite site) : IClassFixture<CommentSite>
{
    private const string Talk = "talk";

    private async Task<(long Id, string Path)> NewPostAsync(string title)
    {
        var path = await site.SavePostAsync(Talk, new SavePost { AuthorId = site.OwnerId, Title = title, Body = "The first words.", Status = PostStatus.Published });
        var id = await site.ForSiteAsync(Talk, s => s.GetRequiredService<FolioDbContext>().Posts.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        return (id, path);
    }

    /// <summary>Both kinds of page, each read twice so that the second comes from whatever the first left behind.</summary>
    private async Task<(AngleSharp.Dom.IDocument Shared, AngleSharp.Dom.IDocument Own)> PagesAsync(HttpClient signedIn, string path)
    {
        await site.Reader().GetAsync(path);
        await signedIn.GetAsync(path);
        return (await site.Reader().GetDocumentAsync(path), await signedIn.GetDocumentAsync(path));
    }

    private static IReadOnlyList<string> Comments(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".comment-content").Select(c => c.TextContent.Trim()).ToList();

    private static string LikesSummary(AngleSharp.Dom.IDocument page) => page.QuerySelector("#likes .likes-summary")!.TextContent.Trim();

    [Fact]
    public async Task An_approved_comment_is_on_the_next_page_and_a_trashed_one_is_gone_from_it()
    {
        var (_, path) = await NewPostAsync("Fresh comments");
        await site.NewReaderAsync("fresh-comments@reader.example");
        var reader = await site.SignedInClientAsync(CommentSite.Host, "fresh-comments@reader.example");
        var held = await site.CommentAsGuestAsync(site.Reader(), "Held, then approved.", email: "fresh-guest@example.com", onPath: path);
        var id = CommentSite.CommentIdIn(held);
        var before = await PagesAsync(reader, path);
        Assert.DoesNotContain("Held, then approved.", Comments(before.Shared));
        Assert.DoesNotContain("Held, then approved.", Comments(before.Own));

        await site.ForSiteAsync(Talk, s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([id], CommentStatus.Approved));

        var approved = (Shared: await site.Reader().GetDocumentAsync(path), Own: await reader.GetDocumentAsync(path));
        Assert.Contains("Held, then approved.", Comments(approved.Shared));
        Assert.Contains("Held, then approved.", Comments(approved.Own));

        await site.ForSiteAsync(Talk, s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([id], CommentStatus.Trash));

        Assert.DoesNotContain("Held, then approved.", Comments(await site.Reader().GetDocumentAsync(path)));
        Assert.DoesNotContain("Held, then approved.", Comments(await reader.GetDocumentAsync(path)));
    }

    [Fact]
    public async Task An_edited_comment_shows_its_new_words_on_the_next_page()
    {
        var (_, path) = await NewPostAsync("Fresh edits of comments");
        await site.NewReaderAsync("fresh-edits@reader.example");
        var reader = await site.SignedInClientAsync(CommentSite.Host, "fresh-edits@reader.example");
        var author = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");
        var said = await author.PostFormAsync(path + "?handler=Comment", new() { ["Form.Comment"] = "Words with a tpyo." }, pagePath: path);
        var id = CommentSite.CommentIdIn(said);
        Assert.Contains("Words with a tpyo.", Comments((await PagesAsync(reader, path)).Own));

        var errors = await site.ForSiteAsync(Talk, s => s.GetRequiredService<EditCommentHandler>().HandleAsync(new EditComment(id, "Words without a typo.", null, null, null)));

        Assert.Empty(errors);
        Assert.Contains("Words without a typo.", Comments(await site.Reader().GetDocumentAsync(path)));
        Assert.Contains("Words without a typo.", Comments(await reader.GetDocumentAsync(path)));
    }

    [Fact]
    public async Task A_like_and_its_undoing_are_on_the_next_page()
    {
        var (postId, path) = await NewPostAsync("Fresh likes");
        var likerId = await site.NewReaderAsync("fresh-liker@reader.example", "Fresh Liker");
        await site.NewReaderAsync("fresh-likes@reader.example");
        var reader = await site.SignedInClientAsync(CommentSite.Host, "fresh-likes@reader.example");
        var before = await PagesAsync(reader, path);
        Assert.Equal("Be the first to like this.", LikesSummary(before.Shared));
        Assert.Equal("Be the first to like this.", LikesSummary(before.Own));

        await site.ForSiteAsync(Talk, s => s.GetRequiredService<LikePostHandler>().HandleAsync(new LikePost(postId, likerId), p => $"http://talk.localhost{p}"));

        var liked = (Shared: await site.Reader().GetDocumentAsync(path), Own: await reader.GetDocumentAsync(path));
        Assert.Equal("One blogger likes this.", LikesSummary(liked.Shared));
        Assert.Equal("One blogger likes this.", LikesSummary(liked.Own));
        Assert.Equal("Fresh Liker", liked.Own.QuerySelector("#likes .likers img")!.GetAttribute("alt"));
        Assert.Equal("Like", (await reader.GetPersonalPartsAsync(liked.Own)).Part("like")!.QuerySelector("button")!.TextContent.Trim()); // someone else's like, not this reader's

        await site.ForSiteAsync(Talk, async s => { await s.GetRequiredService<UnlikePostHandler>().HandleAsync(new UnlikePost(postId, likerId)); return 0; });

        Assert.Equal("Be the first to like this.", LikesSummary(await site.Reader().GetDocumentAsync(path)));
        Assert.Equal("Be the first to like this.", LikesSummary(await reader.GetDocumentAsync(path)));
    }

    [Fact]
    public async Task A_signed_in_readers_own_like_is_pressed_on_their_page_only()
    {
        var (postId, path) = await NewPostAsync("Own likes");
        var readerId = await site.NewReaderAsync("own-like@reader.example", "Own Liker");
        var reader = await site.SignedInClientAsync(CommentSite.Host, "own-like@reader.example");
        await PagesAsync(reader, path);

        await site.ForSiteAsync(Talk, s => s.GetRequiredService<LikePostHandler>().HandleAsync(new LikePost(postId, readerId), p => $"http://talk.localhost{p}"));

        var (shared, own) = await PagesAsync(reader, path);
        Assert.Equal("true", (await reader.GetPersonalPartsAsync(own)).Part("like")!.QuerySelector("button")!.GetAttribute("aria-pressed"));
        Assert.Equal("false", shared.QuerySelector("#likes button")!.GetAttribute("aria-pressed"));
        Assert.Equal("false", own.QuerySelector("#likes button")!.GetAttribute("aria-pressed")); // the page itself is everyone's
    }

    [Fact]
    public async Task An_edited_post_shows_its_new_words_on_the_next_page()
    {
        var (postId, path) = await NewPostAsync("Fresh words");
        await site.NewReaderAsync("fresh-words@reader.example");
        var reader = await site.SignedInClientAsync(CommentSite.Host, "fresh-words@reader.example");
        var before = await PagesAsync(reader, path);
        Assert.Contains("The first words.", before.Own.QuerySelector(".post-content")!.TextContent);

        await site.SavePostAsync(Talk, new SavePost { PostId = postId, AuthorId = site.OwnerId, Title = "Fresh words", Body = "The second words.", Status = PostStatus.Published });

        Assert.Contains("The second words.", (await site.Reader().GetDocumentAsync(path)).QuerySelector(".post-content")!.TextContent);
        Assert.Contains("The second words.", (await reader.GetDocumentAsync(path)).QuerySelector(".post-content")!.TextContent);
    }

    /// <summary>
    /// Every page rendered from one stored read model shares its comment threads and their markup:
    /// however many pages (and a refused comment's page) are rendered from it, each reply is shown
    /// once, under its parent.
    /// </summary>
    [Fact]
    public async Task A_reply_stays_once_under_its_parent_on_every_page_rendered_from_the_same_read_model()
    {
        var (_, path) = await NewPostAsync("Shared threads");
        var author = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");
        var parentId = CommentSite.CommentIdIn(await author.PostFormAsync(path + "?handler=Comment", new() { ["Form.Comment"] = "The parent." }, pagePath: path));
        var replyId = CommentSite.CommentIdIn(await author.PostFormAsync(path + "?handler=Comment",
            new() { ["Form.Comment"] = "The reply.", ["Form.ParentId"] = parentId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, pagePath: path));

        for (var i = 0; i < 3; i++) await PagesAsync(author, path);
        var refused = await author.PostFormAsync(path + "?handler=Comment", new() { ["Form.Comment"] = "" }, pagePath: path);
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var (shared, own) = await PagesAsync(author, path);

        foreach (var page in new[] { shared, own, await Html.ParseAsync(refused) })
        {
            Assert.Equal(["The parent.", "The reply."], Comments(page));
            Assert.NotNull(page.QuerySelector($"#comment-{parentId} > ol.children > #comment-{replyId}"));
        }
    }

    [Fact]
    public async Task A_new_thread_depth_shapes_the_reply_links_of_the_next_page()
    {
        var (_, path) = await NewPostAsync("Thread depth");
        var author = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");
        var parentId = CommentSite.CommentIdIn(await author.PostFormAsync(path + "?handler=Comment", new() { ["Form.Comment"] = "Deep parent." }, pagePath: path));
        var replyId = CommentSite.CommentIdIn(await author.PostFormAsync(path + "?handler=Comment",
            new() { ["Form.Comment"] = "Deep reply.", ["Form.ParentId"] = parentId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, pagePath: path));
        string ReplyLink(long id) => $"#comment-{id} > article .reply a";
        var before = await PagesAsync(author, path);
        Assert.NotNull(before.Shared.QuerySelector(ReplyLink(replyId)));
        Assert.NotNull(before.Own.QuerySelector(ReplyLink(replyId)));

        try
        {
            await SetThreadDepthAsync(2);
            var after = await PagesAsync(author, path);
            foreach (var page in new[] { after.Shared, after.Own })
            {
                Assert.NotNull(page.QuerySelector(ReplyLink(parentId)));
                Assert.Null(page.QuerySelector(ReplyLink(replyId))); // a reply at the deepest level takes no replies
            }
        }
        finally
        {
            await SetThreadDepthAsync(5);
        }
    }

    private Task SetThreadDepthAsync(int depth) => site.ForSiteAsync(Talk, async s =>
    {
        var now = s.GetRequiredService<CurrentSite>().Required;
        var problem = await s.GetRequiredService<UpdateSiteSettingsHandler>().HandleAsync(new UpdateSiteSettings(now.CustomDomain, now.PostsPerPage, now.CommentModeration, depth,
            now.CommentLinkLimit, now.ModerationWords, now.BlocklistWords, now.CloseCommentsAfterDays, now.LikesEnabled, now.AttributionText));
        Assert.Null(problem);
        return 0;
    });

    [Fact]
    public async Task A_new_follower_is_counted_on_the_next_page()
    {
        var (_, path) = await NewPostAsync("Fresh followers");
        var followerId = await site.NewReaderAsync("fresh-follower@reader.example");
        string Count(AngleSharp.Dom.IDocument page) => page.QuerySelector(".follow-box p")!.TextContent.Trim();
        var before = Count(await site.Reader().GetDocumentAsync(path));
        Assert.Equal(before, Count(await site.Reader().GetDocumentAsync(path)));

        await site.ForSiteAsync(Talk, s => s.GetRequiredService<FollowSiteHandler>().FollowAsync(followerId, p => $"http://talk.localhost{p}", CancellationToken.None));

        Assert.NotEqual(before, Count(await site.Reader().GetDocumentAsync(path)));
    }
}
