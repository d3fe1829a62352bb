using System.Text.Json;
using Folio.Features.Identity.ApplicationPasswords;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.XmlRpc;

/// <summary>
/// Desktop editors' XML-RPC clients, pointed at a Folio site's address, post, edit, upload and
/// delete as they do with WordPress, and read its refusals as WordPress's faults.
/// </summary>
public sealed class XmlRpcClientTests(LiveFolioApp app) : IClassFixture<LiveFolioApp>
{
    [SkippableFact]
    public async Task A_desktop_editor_posts_edits_lists_uploads_and_deletes_with_an_application_password()
    {
        XmlRpcClients.SkipUnlessAvailable();
        var owner = await app.CreateSiteAsync("desk", "Written at a Desk");
        // Node resolves no *.localhost names, so the site answers at the loopback address as its own domain.
        await app.UseVerifiedDomainAsync("desk", "127.0.0.1");
        await app.SavePostAsync("desk", new SavePost
        {
            AuthorId = owner, Title = "Already here", Body = "An older post.", Status = PostStatus.Published, PublishedAt = DateTime.UtcNow.AddDays(-1), Categories = ["Travel"],
        });
        var password = await ApplicationPasswordAsync("desk", owner);

        var saw = await XmlRpcClients.RunAsync("write-site.mjs", app.UrlOf("127.0.0.1"), "owner-of-desk@example.com", password);

        Assert.Contains("wp.newPost", Strings(saw, "methods"));
        Assert.Contains("metaWeblog.newMediaObject", Strings(saw, "methods"));
        var blog = Assert.Single(saw.GetProperty("blogs").EnumerateArray());
        Assert.Equal("Written at a Desk", blog.GetProperty("blogName").GetString());
        Assert.True(blog.GetProperty("isAdmin").GetBoolean());
        Assert.Equal(app.UrlOf("127.0.0.1", "/xmlrpc.php"), blog.GetProperty("xmlrpc").GetString());

        Assert.Equal("publish", saw.GetProperty("createdStatus").GetString());
        Assert.Equal(["category:Travel", "post_tag:boats", "post_tag:harbour"], Strings(saw, "createdTerms"));
        Assert.True(saw.GetProperty("pageShowsPost").GetBoolean());
        Assert.True(saw.GetProperty("edited").GetBoolean());
        Assert.Equal("Written in a desktop editor, then edited", saw.GetProperty("editedTitle").GetString());
        Assert.True(saw.GetProperty("pageShowsEdit").GetBoolean());
        Assert.Equal(["Written in a desktop editor, then edited", "Already here"], Strings(saw, "listedTitles"));
        Assert.Equal(["boats", "harbour"], Strings(saw, "tagNames"));
        Assert.Equal("post_tag:boats:1", saw.GetProperty("oneTag").GetString());

        Assert.Equal("image/png", saw.GetProperty("uploadType").GetString());
        Assert.Equal(200, saw.GetProperty("servedStatus").GetInt32());
        Assert.Equal("image/png", saw.GetProperty("servedType").GetString());
        Assert.True(saw.GetProperty("servedIsPng").GetBoolean());

        Assert.True(saw.GetProperty("weblogEdited").GetBoolean());
        Assert.Equal(("Posted by MetaWeblog", "publish"), (saw.GetProperty("weblogTitle").GetString(), saw.GetProperty("weblogStatus").GetString()));
        // MetaWeblog picks among the site's categories (an unknown name is passed over) and makes tags as needed.
        Assert.Equal(["Travel"], Strings(saw, "weblogCategories"));
        Assert.Equal("boats, ferries, piers", saw.GetProperty("weblogKeywords").GetString());
        Assert.Equal(["Posted by MetaWeblog", "Written in a desktop editor, then edited", "Already here"], Strings(saw, "recentTitles"));
        Assert.Equal(["Travel"], Strings(saw, "categoryNames"));
        Assert.True(saw.GetProperty("weblogDeleted").GetBoolean());

        Assert.Equal("[\"page\",true,3]", saw.GetProperty("childPlace").GetRawText());
        Assert.Equal("[true,3]", saw.GetProperty("childPlaceByWeblog").GetRawText());
        Assert.Equal("[\"aside\",\"aside\"]", saw.GetProperty("asideFormat").GetRawText());
        var pages = await app.QuerySiteAsync("desk", db => db.Posts.Where(p => p.Kind == PostKind.Page).ToDictionaryAsync(p => p.Title));
        Assert.Equal((pages["О редакции"].Id, 3), (pages["Наши авторы"].ParentId, pages["Наши авторы"].MenuOrder));

        // A post published with a date to come waits for it, as in WordPress.
        Assert.Equal("future", saw.GetProperty("scheduledStatus").GetString());
        var scheduled = await app.QuerySiteAsync("desk", db => db.Posts.SingleAsync(p => p.Title == "Written for later"));
        Assert.Equal((PostStatus.Scheduled, new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc)), (scheduled.Status, scheduled.PublishedAt));

        Assert.True(saw.GetProperty("deleted").GetBoolean());
        Assert.Equal(404, saw.GetProperty("statusAfterDelete").GetInt32());
        var trashed = await app.QuerySiteAsync("desk", db => db.Posts.Where(p => p.Status == PostStatus.Trash).Select(p => p.Title).OrderBy(t => t).ToListAsync());
        Assert.Equal(["Posted by MetaWeblog", "Written in a desktop editor, then edited"], trashed);
    }

    [SkippableFact]
    public async Task Wrong_passwords_other_sites_and_broken_calls_get_faults_that_say_why()
    {
        XmlRpcClients.SkipUnlessAvailable();
        var owner = await app.CreateSiteAsync("guarded", "Guarded");
        var neighbour = await app.CreateSiteAsync("neighbour", "Next Door");
        await app.SavePostAsync("neighbour", new SavePost { AuthorId = neighbour, Title = "Next door's post", Body = "Theirs.", Status = PostStatus.Published });
        var neighboursPostId = await app.QuerySiteAsync("neighbour", db => db.Posts.Select(p => p.Id).SingleAsync());
        var password = await ApplicationPasswordAsync("guarded", owner);
        await app.SavePostAsync("guarded", new SavePost { AuthorId = owner, Title = "The owner's draft", Body = "Not ready.", Status = PostStatus.Draft });
        var contributor = await app.AddMemberAsync("guarded", "contributor@guarded.example", SiteRole.Contributor);
        var contributorPassword = await ApplicationPasswordAsync("guarded", contributor);

        var saw = await XmlRpcClients.RunAsync("refusals.mjs", app.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "guarded.localhost",
            "owner-of-guarded@example.com", password, FolioApp.MemberPassword,
            "neighbour.localhost", neighboursPostId.ToString(System.Globalization.CultureInfo.InvariantCulture), "contributor@guarded.example", contributorPassword);

        foreach (var login in new[] { "wrongPassword", "accountPassword" })
            Assert.Equal((403, "Incorrect username or password."), Fault(saw, login));
        foreach (var reach in new[] { "otherPostRead", "otherPostEdit", "otherPostDelete" })
            Assert.Equal((404, "Invalid post ID."), Fault(saw, reach));
        Assert.Empty(saw.GetProperty("otherSiteBlogs").GetProperty("answered").EnumerateArray());
        // At the neighbour's address, the owner here is nobody: not told even whether the post exists.
        Assert.Equal((401, "Sorry, you are not allowed to edit this post."), Fault(saw, "otherSitePost"));
        Assert.Equal(401, Fault(saw, "otherSiteNewPost").Code);
        Assert.Equal(401, Fault(saw, "otherSitePosts").Code);
        // A contributor's role allows here what it allows through the REST API and the dashboard.
        Assert.Equal((401, "A contributor can save drafts; an editor publishes them."), Fault(saw, "contributorPublish"));
        Assert.Equal((401, "Only authors, editors and administrators of this site may upload images."), Fault(saw, "contributorUpload"));
        var draftId = long.Parse(saw.GetProperty("contributorDraft").GetProperty("answered").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var draft = await app.QuerySiteAsync("guarded", db => db.Posts.SingleAsync(p => p.Id == draftId));
        Assert.Equal((PostStatus.Draft, contributor), (draft.Status, draft.AuthorId));
        // A contributor's list holds their own drafts, not the owner's.
        Assert.Equal(["Not yours"], saw.GetProperty("contributorPosts").GetProperty("answered").EnumerateArray().Select(post => post.GetProperty("post_title").GetString()!).ToArray());
        Assert.Equal((-32601, "server error. requested method wp.noSuchMethod does not exist."), Fault(saw, "unknownMethod"));

        var broken = Fault(saw, "brokenXml");
        Assert.Equal(-32700, broken.Code);
        Assert.Contains("not well formed", broken.Message);
        Assert.Contains("Line 5, position 3", broken.Message);
        Assert.Equal((-32600, "server error. invalid xml-rpc. not conforming to spec: \"twelve\" is not a valid <int> (line 4)."), Fault(saw, "badValue"));
        var dtd = Fault(saw, "dtd");
        Assert.Equal(-32700, dtd.Code);
        Assert.Contains("declares a DTD", dtd.Message);

        var neighbourPost = await app.QuerySiteAsync("neighbour", db => db.Posts.SingleAsync());
        Assert.Equal(("Next door's post", PostStatus.Published), (neighbourPost.Title, neighbourPost.Status));
        Assert.Empty(await app.QuerySiteAsync("neighbour", db => db.Posts.Where(p => p.Title == "Not yours").ToListAsync()));
    }

    private Task<string> ApplicationPasswordAsync(string slug, long accountId) =>
        app.ForSiteAsync(slug, services => services.GetRequiredService<ApplicationPasswordStore>().CreateAsync(accountId, "Desktop editor", CancellationToken.None));

    private static (int Code, string Message) Fault(JsonElement saw, string name)
    {
        var answer = saw.GetProperty(name);
        Assert.True(answer.TryGetProperty("code", out var code), $"{name} was answered, not refused: {answer}");
        return (code.GetInt32(), answer.GetProperty("message").GetString()!);
    }

    private static string[] Strings(JsonElement found, string name) =>
        found.GetProperty(name).EnumerateArray().Select(item => item.GetString()!).ToArray();
}
