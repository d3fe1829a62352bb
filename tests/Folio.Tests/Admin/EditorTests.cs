using System.Net;
using Folio.Data;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

public sealed class EditorTests(EditorTests.EditorSite site) : IClassFixture<EditorTests.EditorSite>
{
    public sealed class EditorSite : FolioApp, IAsyncLifetime
    {
        public const string Host = "desk.localhost";

        public async Task InitializeAsync()
        {
            await CreateSiteAsync("desk", "Desk");
            await AddMemberAsync("desk", "writer@desk.example", SiteRole.Author);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static Dictionary<string, string> Fields(string title, string body, string action, Dictionary<string, string>? more = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Post", ["Input.Title"] = title, ["Input.Body"] = body, ["Input.BodyFormat"] = "Markdown", ["action"] = action,
        };
        foreach (var (key, value) in more ?? []) fields[key] = value;
        return fields;
    }

    private async Task<(HttpClient Client, string EditorPath)> PublishedPostAsync(string title, string body)
    {
        var client = await site.SignedInClientAsync(EditorSite.Host, "writer@desk.example");
        var created = await client.PostFormAsync("/admin/posts/new/", Fields(title, body, "Publish"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (client, created.Headers.Location!.OriginalString.Replace("?saved=1", ""));
    }

    [Fact]
    public async Task The_list_marks_sticky_and_password_protected_posts_after_their_titles()
    {
        var owner = await site.SignedInClientAsync(EditorSite.Host, "owner-of-desk@example.com");
        await owner.PostFormAsync("/admin/posts/new/", Fields("Pinned and locked", "Secret words.", "Publish", new() { ["Input.Sticky"] = "true", ["Input.Password"] = "open sesame" }));
        await owner.PostFormAsync("/admin/posts/new/", Fields("Plain words", "Open words.", "Publish"));

        var list = await owner.GetDocumentAsync("/admin/");
        string StatesOf(string title) => list.QuerySelectorAll("tbody tr").Single(row => row.QuerySelector("a")!.TextContent == title)
            .QuerySelector(".post-states")?.TextContent ?? "";
        Assert.Equal(" — Sticky, Password protected", StatesOf("Pinned and locked"));
        Assert.Equal("", StatesOf("Plain words"));
    }

    [Fact]
    public async Task Custom_fields_are_added_changed_and_removed_in_the_editor_and_other_saves_keep_them()
    {
        var (client, editor) = await PublishedPostAsync("Fielded", "Words.");
        static Dictionary<string, string> Rows(params (string Key, string Value)[] rows) =>
            rows.SelectMany((row, i) => new[] { KeyValuePair.Create($"Input.CustomFields[{i}].Key", row.Key), KeyValuePair.Create($"Input.CustomFields[{i}].Value", row.Value) })
                .ToDictionary();
        async Task<List<(string, string)>> ShownAsync()
        {
            var page = await client.GetDocumentAsync(editor);
            return page.QuerySelectorAll(".custom-field").Select(row => (row.QuerySelector("input")!.GetAttribute("value") ?? "", row.QuerySelector("textarea")!.TextContent)).ToList();
        }

        await client.PostFormAsync(editor, Fields("Fielded", "Words.", "Publish", Rows(("mood", "sunny"), ("mood", "calm"), ("", "ignored"))));
        Assert.Equal([("mood", "sunny"), ("mood", "calm"), ("", "")], await ShownAsync());

        var refused = await client.PostFormAsync(editor, Fields("Fielded", "Words.", "Publish", Rows(("_edit_lock", "1"))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("which WordPress keeps for its own bookkeeping", (await Html.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal([("mood", "sunny"), ("mood", "calm"), ("", "")], await ShownAsync());

        await client.PostFormAsync(editor, Fields("Fielded", "Words.", "Publish", Rows(("", "sunny"), ("mood", "calm, then stormy"))));
        Assert.Equal([("mood", "calm, then stormy"), ("", "")], await ShownAsync());

        // A save that does not carry them (the API, a restored revision) leaves them alone.
        var postId = long.Parse(editor.Split('/')[3]);
        await site.ForSiteAsync("desk", async services => await services.GetRequiredService<SavePostHandler>().HandleAsync(new SavePost
        {
            PostId = postId, AuthorId = await services.GetRequiredService<FolioDbContext>().Posts.Where(p => p.Id == postId).Select(p => p.AuthorId).SingleAsync(),
            Title = "Fielded, retitled", Body = "Words.", Status = PostStatus.Published,
        }));
        Assert.Equal([("mood", "calm, then stormy"), ("", "")], await ShownAsync());
    }

    [Fact]
    public async Task Preview_shows_the_rendered_body_without_saving()
    {
        var client = await site.SignedInClientAsync(EditorSite.Host, "writer@desk.example");
        var response = await client.PostFormAsync("/admin/posts/new/", Fields("Preview me", "Some *emphasis* <script>alert(1)</script>", "Preview"));

        var page = await Html.ParseAsync(response);
        Assert.Equal("emphasis", page.QuerySelector("#preview em")!.TextContent);
        Assert.Null(page.QuerySelector("#preview script"));
        Assert.Equal("Preview me", page.QuerySelector("#title")!.GetAttribute("value"));
        Assert.False(await site.QuerySiteAsync("desk", db => db.Posts.AnyAsync(p => p.Title == "Preview me")));
    }

    [Fact]
    public async Task Every_save_that_changes_the_words_keeps_a_restorable_revision()
    {
        var (client, editor) = await PublishedPostAsync("First words", "Version one.");
        await client.PostFormAsync(editor, Fields("Second words", "Version two.", "Publish"));

        var revisions = await client.GetDocumentAsync(editor + "revisions/");
        var kept = revisions.QuerySelectorAll(".revision");
        Assert.Single(kept);
        Assert.Contains("Version one.", kept[0].TextContent);

        var restoreForm = kept[0].QuerySelector("form")!;
        var restored = await client.PostFormAsync(restoreForm.GetAttribute("action")!, [], pagePath: editor + "revisions/");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        var page = await site.ClientFor(EditorSite.Host).GetDocumentAsync("/");
        Assert.Contains("First words", page.PostTitles());
        var after = await client.GetDocumentAsync(editor + "revisions/");
        Assert.Equal(2, after.QuerySelectorAll(".revision").Length); // the replaced words are kept too
    }

    [Fact]
    public async Task Scheduling_from_the_editor_needs_a_future_time_and_keeps_the_post_off_the_site()
    {
        var client = await site.SignedInClientAsync(EditorSite.Host, "writer@desk.example");
        var past = await client.PostFormAsync("/admin/posts/new/", Fields("Too late", "Body", "Schedule", new() { ["Input.PublishAt"] = "2001-01-01T00:00" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("To schedule a post, give a publish time in the future.", await past.Content.ReadAsStringAsync());

        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm");
        var scheduled = await client.PostFormAsync("/admin/posts/new/", Fields("Next week", "Body", "Schedule", new() { ["Input.PublishAt"] = future }));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var editor = await client.GetDocumentAsync(scheduled.Headers.Location!.OriginalString);
        Assert.Equal("Scheduled", editor.QuerySelector(".status")!.TextContent);
        Assert.Contains("Post scheduled.", editor.QuerySelector(".notice")!.TextContent);
        Assert.DoesNotContain("Next week", (await site.ClientFor(EditorSite.Host).GetDocumentAsync("/")).PostTitles());
    }

    [Fact]
    public async Task Unpublishing_takes_a_post_off_the_site_at_once()
    {
        var (client, editor) = await PublishedPostAsync("Short-lived", "Soon gone.");
        var reader = site.ClientFor(EditorSite.Host);
        Assert.Contains("Short-lived", (await reader.GetDocumentAsync("/")).PostTitles());

        await client.PostFormAsync(editor, Fields("Short-lived", "Soon gone.", "Unpublish"));

        Assert.DoesNotContain("Short-lived", (await reader.GetDocumentAsync("/")).PostTitles());
        Assert.Equal("Draft", (await client.GetDocumentAsync(editor)).QuerySelector(".status")!.TextContent);
    }

    [Fact]
    public async Task Autosave_keeps_unsaved_words_and_the_editor_offers_them_back()
    {
        var (client, editor) = await PublishedPostAsync("Autosaved", "Saved words.");
        var token = (await client.GetDocumentAsync(editor)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var autosave = await client.PostAsync(editor + "?handler=Autosave", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = "Autosaved", ["Input.Body"] = "Unsaved words.", ["Input.BodyFormat"] = "Markdown",
        }));
        Assert.Equal(HttpStatusCode.OK, autosave.StatusCode);

        var page = await client.GetDocumentAsync(editor);
        Assert.Contains("There is an autosave of this post", page.QuerySelector(".notice")!.TextContent);
        Assert.Contains("Unsaved words.", (await client.GetDocumentAsync(editor + "revisions/")).QuerySelector(".revision")!.TextContent);
        Assert.Contains("Saved words.", (await site.ClientFor(EditorSite.Host).GetStringAsync("/feed/")));
    }

    [Fact]
    public async Task A_static_page_lives_at_its_own_address_and_stays_out_of_listings()
    {
        await site.AddMemberAsync("desk", "editor@desk.example", SiteRole.Editor);
        var client = await site.SignedInClientAsync(EditorSite.Host, "editor@desk.example");
        var fields = Fields("About this desk", "We write about desks.", "Publish");
        fields["Input.Kind"] = "Page";
        await client.PostFormAsync("/admin/posts/new/?kind=page", fields);

        var reader = site.ClientFor(EditorSite.Host);
        var page = await reader.GetDocumentAsync("/about-this-desk/");
        Assert.Equal("About this desk", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("About this desk", (await reader.GetDocumentAsync("/")).PostTitles());
        Assert.DoesNotContain("About this desk", await reader.GetStringAsync("/feed/"));
        Assert.Contains("/about-this-desk/", await reader.GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task A_page_goes_under_a_parent_page_in_its_order_and_never_under_its_own_subpage()
    {
        await site.AddMemberAsync("desk", "pages@desk.example", SiteRole.Editor);
        var client = await site.SignedInClientAsync(EditorSite.Host, "pages@desk.example");
        var page = new Dictionary<string, string> { ["Input.Kind"] = "Page" };
        var services = (await client.PostFormAsync("/admin/posts/new/?kind=page", Fields("Services", "What we do.", "Publish", page))).Headers.Location!.OriginalString.Replace("?saved=1", "");
        var parentChoice = (await client.GetDocumentAsync("/admin/posts/new/?kind=page")).QuerySelectorAll("#parent option").Single(o => o.TextContent == "Services");

        var repairs = (await client.PostFormAsync("/admin/posts/new/?kind=page", Fields("Desk repairs", "We mend desks.", "Publish",
            new() { ["Input.Kind"] = "Page", ["Input.ParentId"] = parentChoice.GetAttribute("value")!, ["Input.MenuOrder"] = "3" }))).Headers.Location!.OriginalString.Replace("?saved=1", "");

        var reopened = await client.GetDocumentAsync(repairs);
        Assert.Equal("Services", reopened.QuerySelector("#parent option[selected]")!.TextContent);
        Assert.Equal("3", reopened.QuerySelector("#menu-order")!.GetAttribute("value"));
        Assert.Null(reopened.QuerySelector("#post-format")); // formats are for posts
        var repairsId = repairs.TrimEnd('/').Split('/')[^1];
        var refused = await client.PostFormAsync(services, Fields("Services", "What we do.", "Save", new() { ["Input.Kind"] = "Page", ["Input.ParentId"] = repairsId }));
        Assert.Contains("A page cannot sit under itself or under one of its own subpages.", (await refused.Content.ReadAsStringAsync()).Replace("&#x2019;", "'"));
        Assert.Null((await client.GetDocumentAsync(services)).QuerySelector("#parent option[selected]")); // still at the top
        // Its WordPress-style nested address leads to it.
        Assert.Equal("/desk-repairs/", (await site.ClientFor(EditorSite.Host).GetAsync("/services/desk-repairs/")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_featured_image_must_be_one_of_the_site_uploads_and_shows_on_the_post()
    {
        var url = await site.ForSiteAsync("desk", async services =>
        {
            var db = services.GetRequiredService<FolioDbContext>();
            var item = new Folio.Features.Media.MediaItem { StoredName = "2026/11/feature.jpg", ContentType = "image/jpeg", Width = 10, Height = 10, UploadedAt = DateTime.UtcNow };
            db.Media.Add(item);
            await db.SaveChangesAsync();
            return Folio.Features.Media.MediaUrls.Of(item);
        });
        var client = await site.SignedInClientAsync(EditorSite.Host, "writer@desk.example");

        var foreign = await client.PostFormAsync("/admin/posts/new/", Fields("Borrowed picture", "Body", "Publish", new() { ["Input.FeaturedImageUrl"] = "https://elsewhere.example/x.jpg" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.Contains("The featured image must be one of this site&#x27;s uploads", await foreign.Content.ReadAsStringAsync());

        var own = await client.PostFormAsync("/admin/posts/new/", Fields("Own picture", "Body", "Publish", new() { ["Input.FeaturedImageUrl"] = url }));
        var editor = await client.GetDocumentAsync(own.Headers.Location!.OriginalString);
        var post = await site.ClientFor(EditorSite.Host).GetDocumentAsync(editor.QuerySelectorAll("a").First(a => a.TextContent == "View post").GetAttribute("href")!);
        Assert.Equal(url, post.QuerySelector("img.featured-image")!.GetAttribute("src"));
        Assert.Equal("http://desk.localhost" + url, post.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_page_cannot_take_an_address_the_site_uses()
    {
        var result = await site.ForSiteAsync("desk", services => services.GetRequiredService<SavePostHandler>().HandleAsync(new SavePost
        {
            AuthorId = 1, Kind = PostKind.Page, Title = "Feed", Status = PostStatus.Published,
        }));
        Assert.Contains("A page cannot live at /feed/: the site uses that address itself. Choose another slug.", result.Errors);
    }
}
