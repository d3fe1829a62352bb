using System.Net;
using AngleSharp.Dom;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

/// <summary>WordPress's Trash: "Move to Trash", restore as a draft, delete permanently, empty after 30 days.</summary>
public sealed class TrashTests(TrashTests.BinSite site) : IClassFixture<TrashTests.BinSite>
{
    public sealed class BinSite : FolioApp, IAsyncLifetime
    {
        public const string Slug = "bin";
        public const string Host = "bin.localhost";
        public const string Author = "author@bin.example";
        public const string OtherAuthor = "other@bin.example";
        public const string Contributor = "contributor@bin.example";
        public const string Editor = "editor@bin.example";
        public const string Tidy = "tidy@bin.example";

        public async Task InitializeAsync()
        {
            await CreateSiteAsync(Slug, "Bin");
            await CreateSiteAsync("neighbour", "Neighbour");
            await AddMemberAsync(Slug, Author, SiteRole.Author);
            await AddMemberAsync(Slug, OtherAuthor, SiteRole.Author);
            await AddMemberAsync(Slug, Contributor, SiteRole.Contributor);
            await AddMemberAsync(Slug, Editor, SiteRole.Editor);
            await AddMemberAsync(Slug, Tidy, SiteRole.Author);
            await AddMemberAsync("neighbour", "admin@neighbour.example", SiteRole.Administrator);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_post_moved_to_the_Trash_leaves_the_site_at_once_and_comes_back_as_a_draft()
    {
        var (author, editor) = await PostThroughEditorAsync(BinSite.Author, "Second thoughts", "Publish");
        var reader = site.ClientFor(BinSite.Host);
        var path = (await author.GetDocumentAsync(editor)).QuerySelector("a[href^='/20']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        Assert.Contains("Second thoughts", (await reader.GetDocumentAsync("/")).PostTitles()); // now cached

        var trashed = await MoveToTrashAsync(author, editor);
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        var list = await author.GetDocumentAsync(trashed.Headers.Location!.OriginalString);
        var notice = list.QuerySelector(".notice[role=status]")!;
        Assert.Contains("“Second thoughts” moved to the Trash.", notice.TextContent);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        Assert.DoesNotContain("Second thoughts", (await reader.GetDocumentAsync("/")).PostTitles());
        Assert.DoesNotContain("Second thoughts", await reader.GetStringAsync("/feed/"));
        Assert.DoesNotContain("Second thoughts", Titles(list));
        var trash = await author.GetDocumentAsync("/admin/?status=trash");
        Assert.Contains("Second thoughts", Titles(trash));
        // The filter counts what the Trash lists (other tests of this site may have binned posts too).
        Assert.Equal($"Trash ({Titles(trash).Count})", list.QuerySelector("a[href='/admin/?status=trash']")!.TextContent);

        // In the Trash the post cannot be edited, only restored or deleted.
        var inTrash = await author.GetDocumentAsync(editor);
        Assert.Contains("This post is in the Trash", inTrash.QuerySelector("#in-trash")!.TextContent);
        Assert.Null(inTrash.QuerySelector("form.editor"));
        var refused = await author.PostFormAsync(editor, EditorFields("Sneaky edit", "Publish"), pagePath: "/admin/posts/new/");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("This post is in the Trash. Restore it before you change it.", (await Html.ParseAsync(refused)).QuerySelector(".form-errors")!.TextContent);

        // "Undo" in the notice.
        var undo = notice.QuerySelector("form")!.GetAttribute("action")!;
        var restored = await author.PostFormAsync(undo, [], pagePath: trashed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var back = await author.GetDocumentAsync(restored.Headers.Location!.OriginalString);
        Assert.Equal("Post restored from the Trash as a draft.", back.QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Equal("Draft", back.QuerySelector(".status")!.TextContent);
        Assert.Equal("Second thoughts", back.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        var twice = await author.PostFormAsync(undo, [], pagePath: editor);
        Assert.Null((await author.GetDocumentAsync(twice.Headers.Location!.OriginalString)).QuerySelector(".notice[role=status]"));

        var republished = await author.PostFormAsync(editor, EditorFields("Second thoughts", "Publish"));
        Assert.Equal(HttpStatusCode.Redirect, republished.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode); // the same address: the date and slug were kept
    }

    [Fact]
    public async Task A_post_in_the_Trash_leaves_its_address_to_a_new_post_and_takes_the_next_free_one_back()
    {
        var (author, binned) = await PostThroughEditorAsync(BinSite.Author, "Weekly notes", "Publish");
        var reader = site.ClientFor(BinSite.Host);
        var address = (await author.GetDocumentAsync(binned)).QuerySelector("a[href^='/20']")!.GetAttribute("href")!;
        await MoveToTrashAsync(author, binned);

        var (_, successor) = await PostThroughEditorAsync(BinSite.Author, "Weekly notes", "Publish");
        Assert.Equal(address, (await author.GetDocumentAsync(successor)).QuerySelector("a[href^='/20']")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(address)).StatusCode);

        await author.PostFormAsync($"{binned}?handler=Restore", [], pagePath: binned);
        var restored = await author.GetDocumentAsync(binned);
        Assert.Equal("weekly-notes-2", restored.QuerySelector("#slug")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Posts_are_deleted_for_good_only_from_the_Trash_with_their_discussions()
    {
        var (author, editor) = await PostThroughEditorAsync(BinSite.Author, "Short-lived", "Publish");
        var id = IdOf(editor);
        await AddThreadAsync(id);

        var deleteButton = $"/admin/posts/{id}/?handler=Delete";
        var tooSoon = await author.PostFormAsync(deleteButton, [], pagePath: editor);
        Assert.Equal(HttpStatusCode.BadRequest, tooSoon.StatusCode);
        Assert.True(await ExistsAsync(id));

        await MoveToTrashAsync(author, editor);
        var trashList = await author.GetDocumentAsync("/admin/?status=trash");
        var row = trashList.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("a")!.TextContent == "Short-lived");
        var delete = row.QuerySelector("button[aria-label='Delete permanently “Short-lived”']")!.Closest("form")!.GetAttribute("action")!;
        var deleted = await author.PostFormAsync(delete, [], pagePath: "/admin/?status=trash");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("The post was deleted permanently.", (await author.GetDocumentAsync(deleted.Headers.Location!.OriginalString)).QuerySelector(".notice")!.TextContent);
        Assert.False(await ExistsAsync(id));
        Assert.Equal(0, await site.QuerySiteAsync(BinSite.Slug, db => db.Comments.CountAsync(c => c.PostId == id)));
    }

    [Fact]
    public async Task Empty_Trash_deletes_what_the_person_may_delete()
    {
        var (author, first) = await PostThroughEditorAsync(BinSite.Tidy, "Bin bag one", "Publish");
        var (_, second) = await PostThroughEditorAsync(BinSite.Tidy, "Bin bag two", "Save");
        var (other, theirs) = await PostThroughEditorAsync(BinSite.OtherAuthor, "Someone else's bin bag", "Publish");
        await MoveToTrashAsync(author, first);
        await MoveToTrashAsync(author, second);
        await MoveToTrashAsync(other, theirs);
        var trash = await author.GetDocumentAsync("/admin/?status=trash");
        Assert.Empty(trash.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Someone else's bin bag")).QuerySelectorAll("button"));
        Assert.Equal(2, trash.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Bin bag one")).QuerySelectorAll("button").Length);

        var emptied = await author.PostFormAsync("/admin/?handler=EmptyTrash", [], pagePath: "/admin/?status=trash");
        Assert.Equal(HttpStatusCode.Redirect, emptied.StatusCode);
        var after = await author.GetDocumentAsync(emptied.Headers.Location!.OriginalString);
        Assert.Equal("The Trash is empty: 2 posts deleted permanently.", after.QuerySelector(".notice")!.TextContent);
        Assert.False(await ExistsAsync(IdOf(first)));
        Assert.False(await ExistsAsync(IdOf(second)));
        Assert.True(await ExistsAsync(IdOf(theirs))); // an author empties only their own
        Assert.Contains("Someone else's bin bag", Titles(after));
        Assert.DoesNotContain("Bin bag one", Titles(after));
    }

    [Fact]
    public async Task Who_may_move_a_post_to_the_Trash()
    {
        var (_, othersPost) = await PostThroughEditorAsync(BinSite.OtherAuthor, "Not yours to bin", "Publish");
        var author = await site.SignedInClientAsync(BinSite.Host, BinSite.Author);
        AssertRefused(await author.PostFormAsync(othersPost + "?handler=Trash", [], pagePath: "/admin/posts/new/"));
        Assert.Equal(PostStatus.Published, await StatusOfAsync(IdOf(othersPost)));

        // A contributor bins their own draft, not the same post once an editor has published it.
        var (contributor, draft) = await PostThroughEditorAsync(BinSite.Contributor, "A contributor's try", "Save");
        var editorClient = await site.SignedInClientAsync(BinSite.Host, BinSite.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editorClient.PostFormAsync(draft, EditorFields("A contributor's try", "Publish"))).StatusCode);
        Assert.Null((await contributor.GetDocumentAsync(draft)).QuerySelector("button[formaction*='handler=Trash']"));
        AssertRefused(await contributor.PostFormAsync(draft + "?handler=Trash", [], pagePath: "/admin/posts/new/"));
        var (_, ownDraft) = await PostThroughEditorAsync(BinSite.Contributor, "Never mind", "Save");
        Assert.Equal(HttpStatusCode.Redirect, (await MoveToTrashAsync(contributor, ownDraft)).StatusCode);
        Assert.Equal(PostStatus.Trash, await StatusOfAsync(IdOf(ownDraft)));

        // Another site's administrator, through their own site, finds no such post.
        var neighbour = await site.SignedInClientAsync("neighbour.localhost", "admin@neighbour.example");
        var across = await neighbour.PostFormAsync(othersPost + "?handler=Trash", [], pagePath: "/admin/posts/new/");
        Assert.Equal(HttpStatusCode.NotFound, across.StatusCode);
        Assert.Equal(PostStatus.Published, await StatusOfAsync(IdOf(othersPost)));
    }

    [Fact]
    public async Task The_Trash_empties_itself_of_posts_kept_there_30_days()
    {
        var (author, old) = await PostThroughEditorAsync(BinSite.Author, "Thirty-one days in the bin", "Publish");
        var (_, recent) = await PostThroughEditorAsync(BinSite.Author, "Twenty-nine days in the bin", "Publish");
        var (_, kept) = await PostThroughEditorAsync(BinSite.Author, "Not in the bin", "Publish");
        await MoveToTrashAsync(author, old);
        await MoveToTrashAsync(author, recent);
        await AddThreadAsync(IdOf(old));
        var now = DateTime.UtcNow;
        await site.ForSiteAsync(BinSite.Slug, async services =>
        {
            var db = services.GetRequiredService<FolioDbContext>();
            await db.Posts.Where(p => p.Id == IdOf(old)).ExecuteUpdateAsync(set => set.SetProperty(p => p.TrashedAt, now.AddDays(-31)));
            return await db.Posts.Where(p => p.Id == IdOf(recent)).ExecuteUpdateAsync(set => set.SetProperty(p => p.TrashedAt, now.AddDays(-29)));
        });

        var deleted = await site.Services.GetRequiredService<TrashEmptier>().EmptyAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.False(await ExistsAsync(IdOf(old)));
        Assert.Equal(PostStatus.Trash, await StatusOfAsync(IdOf(recent)));
        Assert.Equal(PostStatus.Published, await StatusOfAsync(IdOf(kept)));
    }

    /// <summary>Refused as the dashboard refuses: sent to sign in as someone allowed.</summary>
    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login/", response.Headers.Location!.AbsolutePath);
    }

    private async Task<(HttpClient Client, string EditorPath)> PostThroughEditorAsync(string email, string title, string action)
    {
        var client = await site.SignedInClientAsync(BinSite.Host, email);
        var created = await client.PostFormAsync("/admin/posts/new/", EditorFields(title, action));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (client, created.Headers.Location!.OriginalString.Replace("?saved=1", ""));
    }

    /// <summary>Presses the editor's "Move to Trash", as a browser sends it: the editor's own form to the button's address.</summary>
    private static async Task<HttpResponseMessage> MoveToTrashAsync(HttpClient client, string editor)
    {
        var button = (await client.GetDocumentAsync(editor)).QuerySelector("button[formaction]")!;
        Assert.Equal("Move to Trash", button.TextContent);
        return await client.PostFormAsync(button.GetAttribute("formaction")!, EditorFields("ignored", "Save"), pagePath: editor);
    }

    private static Dictionary<string, string> EditorFields(string title, string action) => new()
    {
        ["Input.Kind"] = "Post", ["Input.Title"] = title, ["Input.Body"] = "Words.", ["Input.BodyFormat"] = "Markdown", ["action"] = action,
    };

    private static long IdOf(string editorPath) => long.Parse(editorPath.Split('/')[3]);

    private static List<string> Titles(IDocument list) => [.. list.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent)];

    /// <summary>A comment and a reply to it, which a deletion must undo in order on PostgreSQL.</summary>
    private Task<int> AddThreadAsync(long postId) => site.ForSiteAsync(BinSite.Slug, async services =>
    {
        var db = services.GetRequiredService<FolioDbContext>();
        var siteId = await db.Posts.Where(p => p.Id == postId).Select(p => p.SiteId).SingleAsync();
        var parent = new Comment { SiteId = siteId, PostId = postId, AuthorName = "Reader", AuthorEmail = "reader@example.com", Body = "First!", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow };
        db.Comments.Add(parent);
        await db.SaveChangesAsync();
        db.Comments.Add(new Comment { SiteId = siteId, PostId = postId, ParentId = parent.Id, AuthorName = "Reader", AuthorEmail = "reader@example.com", Body = "Second!", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });

    private Task<bool> ExistsAsync(long postId) =>
        site.QuerySiteAsync(BinSite.Slug, db => db.Posts.AnyAsync(p => p.Id == postId));

    private Task<PostStatus> StatusOfAsync(long postId) =>
        site.QuerySiteAsync(BinSite.Slug, db => db.Posts.Where(p => p.Id == postId).Select(p => p.Status).SingleAsync());
}
