using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Features.Widgets;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Widgets;

/// <summary>A site's sidebar and footer widgets: what a new site shows, what its editors make of them, and what readers then see.</summary>
public sealed class WidgetTests(WidgetTests.WidgetSites sites) : IClassFixture<WidgetTests.WidgetSites>
{
    private const string Editor = "editor-of-widgets@example.com";

    public sealed class WidgetSites : FolioApp, IAsyncLifetime
    {
        public long OtherOwnerId { get; private set; }

        public async Task InitializeAsync()
        {
            OtherOwnerId = await CreateSiteAsync("elsewhere", "Elsewhere");
            await SavePostAsync("elsewhere", Post(OtherOwnerId, "Their own news", "their-news"));
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static SavePost Post(long author, string title, string slug, PostStatus status = PostStatus.Published, string? category = null, string[]? tags = null) => new()
    {
        AuthorId = author, Title = title, Slug = slug, Body = title + ".", Status = status,
        Categories = category is null ? [] : [category], Tags = tags ?? [],
    };

    /// <summary>A new site of its own for each test, in the theme asked for, with an editor; returns the owner's id.</summary>
    private async Task<long> FreshSiteAsync(string slug, string theme = "magazine")
    {
        var owner = await sites.CreateSiteAsync(slug, "Fresh " + slug);
        await sites.AddMemberAsync(slug, slug + "-" + Editor, SiteRole.Editor);
        await sites.UpdateSiteAsync(slug, site => site.Theme = theme);
        return owner;
    }

    private Task<HttpClient> EditorAsync(string slug) => sites.SignedInClientAsync($"{slug}.localhost", slug + "-" + Editor);

    private static async Task<HttpResponseMessage> PressAsync(HttpClient client, string action, Dictionary<string, string>? typed = null) =>
        await client.PressAsync(await EditorFormAsync(client), action, typed);

    private static async Task<IHtmlFormElement> EditorFormAsync(HttpClient client) =>
        (IHtmlFormElement)(await client.GetDocumentAsync("/admin/widgets/")).QuerySelector("form[data-widget-editor]")!;

    [Fact]
    public async Task A_new_site_shows_the_default_sidebar_in_a_theme_with_one_and_the_footer_in_every_theme()
    {
        await FreshSiteAsync("defaults", theme: "classic");
        var reader = sites.ClientFor("defaults.localhost");

        var classic = await reader.GetDocumentAsync("/");
        Assert.Null(classic.QuerySelector("aside.site-sidebar"));
        Assert.Equal(["Follow this site", "Feeds"], classic.WidgetHeadings(".site-footer"));
        Assert.Equal(["/feed/", "/comments/feed/"], classic.QuerySelectorAll(".widget-rsslinks a").Select(a => a.GetAttribute("href")));

        await sites.UpdateSiteAsync("defaults", site => site.Theme = "magazine");
        var magazine = await reader.GetDocumentAsync("/");
        var sidebar = magazine.QuerySelector("aside.site-sidebar")!;
        Assert.Equal("Sidebar", sidebar.GetAttribute("aria-label"));
        Assert.Equal(["Search", "Recent Posts", "Recent Comments", "Archives", "Categories"], magazine.WidgetHeadings("aside"));
        var search = magazine.QuerySelector("aside form[role=search]")!;
        Assert.Equal("/", search.GetAttribute("action"));
        Assert.Equal("s", search.QuerySelector("input")!.GetAttribute("name"));
        Assert.NotNull(magazine.QuerySelector($"label[for='{search.QuerySelector("input")!.Id}']"));
    }

    [Fact]
    public async Task An_editor_adds_edits_moves_and_removes_widgets_and_the_next_reader_sees_them()
    {
        var owner = await FreshSiteAsync("arranged");
        await sites.SavePostAsync("arranged", Post(owner, "Hello world", "hello"));
        var reader = sites.ClientFor("arranged.localhost");
        await reader.GetAsync("/");
        await reader.GetAsync("/"); // now in the output cache
        var editor = await EditorAsync("arranged");

        var added = await PressAsync(editor, "add:footer", new() { ["AddFooterKind"] = nameof(WidgetKind.Text) });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        // The defaults were saved with it: five in the sidebar (0–4), then the footer's follow box, feeds and the new text (5–7).
        await PressAsync(editor, "save", new() { ["Widgets[7].Title"] = "Colophon", ["Widgets[7].Text"] = "Set in **Inter**." });
        await PressAsync(editor, "up:7");
        await PressAsync(editor, "remove:2"); // recent comments
        await PressAsync(editor, "save", new() { ["Widgets[0].Title"] = "Find", ["Widgets[1].ItemCount"] = "2" });

        var page = await reader.GetDocumentAsync("/");
        Assert.Equal(["Find", "Recent Posts", "Archives", "Categories"], page.WidgetHeadings("aside"));
        Assert.Equal(["Follow this site", "Colophon", "Feeds"], page.WidgetHeadings(".site-footer"));
        Assert.Equal("Set in Inter.", page.QuerySelector(".widget-prose")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".widget-prose strong"));
        Assert.Equal(["Hello world"], page.QuerySelectorAll("aside .widget-recentposts a").Select(a => a.TextContent));
        Assert.Equal(2, await sites.QuerySiteAsync("arranged", db => db.SiteWidgets.Where(w => w.Kind == WidgetKind.RecentPosts).Select(w => w.ItemCount).SingleAsync()));

        var dashboard = await editor.GetDocumentAsync("/admin/widgets/?saved=true");
        Assert.Contains("Widgets saved", dashboard.QuerySelector("[role=status]")!.TextContent);
        Assert.True(((IHtmlButtonElement)dashboard.QuerySelector("#up-0")!).IsDisabled);
        Assert.Equal("Move up: Recent Posts", dashboard.QuerySelector("#up-1")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Wrong_numbers_and_too_long_text_are_refused_with_what_was_typed_kept()
    {
        await FreshSiteAsync("checked");
        var editor = await EditorAsync("checked");
        await PressAsync(editor, "add:footer", new() { ["AddFooterKind"] = nameof(WidgetKind.Text) });
        var before = await sites.QuerySiteAsync("checked", db => db.SiteWidgets.OrderBy(w => w.Id).Select(w => w.Kind).ToListAsync());

        var tooLong = new string('a', SiteWidget.TextLength + 1);
        var refused = await PressAsync(editor, "up:7", new() { ["Widgets[1].ItemCount"] = "31", ["Widgets[3].ItemCount"] = "twelve", ["Widgets[7].Text"] = tooLong, ["Widgets[0].Title"] = "Kept" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        var errors = page.QuerySelector(".form-errors[role=alert]")!.TextContent;
        Assert.Contains("Sidebar, widget 2 (Recent Posts): the number of entries is a whole number from 1 to 30, or empty for 5; “31” is not.", errors);
        Assert.Contains("Sidebar, widget 4 (Archives): the number of entries is a whole number from 1 to 30, or empty for 12; “twelve” is not.", errors);
        Assert.Contains("Footer, widget 2 (Text): the text is 20,001 characters long; the limit is 20,000.", errors);
        Assert.Equal("31", page.QuerySelector<IHtmlInputElement>("#count-1")!.Value);
        Assert.Equal("Kept", page.QuerySelector<IHtmlInputElement>("#title-0")!.Value);
        Assert.Equal(tooLong, page.QuerySelector<IHtmlTextAreaElement>("textarea")!.Value);
        Assert.Equal(before, await sites.QuerySiteAsync("checked", db => db.SiteWidgets.OrderBy(w => w.Id).Select(w => w.Kind).ToListAsync()));
    }

    [Fact]
    public async Task Only_the_sites_editors_and_administrators_change_its_widgets()
    {
        await FreshSiteAsync("guarded");
        var author = await sites.AddMemberAsync("guarded", "author-of-guarded@example.com", SiteRole.Author);
        var clients = new[]
        {
            await sites.SignedInClientAsync("guarded.localhost", "owner-of-elsewhere@example.com"), // the editor of another site
            await sites.SignedInClientAsync("guarded.localhost", "author-of-guarded@example.com"),
            sites.ClientFor("guarded.localhost"),
        };
        foreach (var client in clients)
        {
            Assert.Equal("/login/", await RedirectPathAsync(client.GetAsync("/admin/widgets/")));
            Assert.Equal("/login/", await RedirectPathAsync(client.PostAsync("/admin/widgets/", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Widgets[0].Area"] = "Footer", ["Widgets[0].Kind"] = "Text", ["Widgets[0].Text"] = "Cheap pills", ["action"] = "save",
            }))));
        }

        Assert.Equal(0, await sites.QuerySiteAsync("guarded", db => db.SiteWidgets.CountAsync()));
        Assert.DoesNotContain("Cheap pills", (await sites.ClientFor("guarded.localhost").GetDocumentAsync("/")).Body!.TextContent);
        // And the editor of this site saves only this site's widgets.
        await PressAsync(await EditorAsync("guarded"), "save");
        Assert.Equal(0, await sites.QuerySiteAsync("elsewhere", db => db.SiteWidgets.CountAsync()));
    }

    [Fact]
    public async Task A_text_widget_is_sanitised_as_comments_are()
    {
        await FreshSiteAsync("sanitised");
        var editor = await EditorAsync("sanitised");
        await PressAsync(editor, "add:sidebar", new() { ["AddSidebarKind"] = nameof(WidgetKind.Text) });
        await PressAsync(editor, "save", new()
        {
            ["Widgets[5].Text"] = "Hi <script>alert('owned')</script> [click](javascript:alert(1)) <img src=x onerror=alert(2)> [fine](https://example.org/)",
        });

        var page = await sites.ClientFor("sanitised.localhost").GetDocumentAsync("/");
        var text = page.QuerySelector("aside .widget-prose")!;
        Assert.Empty(text.QuerySelectorAll("script, img, [onerror]"));
        Assert.DoesNotContain(text.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("https://example.org/", text.QuerySelector("a[href^='https']")!.GetAttribute("href"));
        Assert.DoesNotContain("alert('owned')", page.Body!.InnerHtml);
    }

    [Fact]
    public async Task What_the_widgets_show_changes_on_the_cached_pages_with_each_post_and_approved_comment()
    {
        var owner = await FreshSiteAsync("lively");
        await sites.SavePostAsync("lively", Post(owner, "First steps", "first", category: "Travel", tags: ["walks"]));
        var reader = sites.ClientFor("lively.localhost");
        await reader.GetAsync("/");
        Assert.Equal(["First steps"], (await reader.GetDocumentAsync("/")).WidgetLinks("recentposts")); // cached now

        var path = await sites.SavePostAsync("lively", Post(owner, "Second wind", "second", category: "Travel", tags: ["walks", "hills"]));
        await sites.SavePostAsync("lively", Post(owner, "Drafty", "drafty", PostStatus.Draft, category: "Travel"));
        var home = await reader.GetDocumentAsync("/");
        Assert.Equal(["Second wind", "First steps"], home.WidgetLinks("recentposts"));
        Assert.Equal(["Travel (2)"], home.WidgetEntries("categories"));
        Assert.Single(home.WidgetEntries("archives"));
        Assert.EndsWith("(2)", home.WidgetEntries("archives")[0]);

        var postId = await sites.QuerySiteAsync("lively", db => db.Posts.Where(p => p.Slug == "second").Select(p => p.Id).SingleAsync());
        var commentId = await sites.QuerySiteAsync("lively", async db =>
        {
            var comment = new Comment { PostId = postId, AuthorName = "Quinn", AuthorEmail = "quinn@example.com", Body = "Lovely.", Status = CommentStatus.Pending, CreatedAt = DateTime.UtcNow };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });
        Assert.DoesNotContain((await reader.GetDocumentAsync("/")).WidgetEntries("recentcomments"), e => e.Contains("Quinn"));

        await sites.ForSiteAsync("lively", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([commentId], CommentStatus.Approved));
        var afterComment = await reader.GetDocumentAsync("/");
        Assert.Equal(["Quinn on Second wind"], afterComment.WidgetEntries("recentcomments"));
        Assert.Equal($"{path}#comment-{commentId}", afterComment.QuerySelector(".widget-recentcomments a")!.GetAttribute("href"));

        await sites.ForSiteAsync("lively", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([commentId], CommentStatus.Spam));
        Assert.Empty((await reader.GetDocumentAsync("/")).WidgetEntries("recentcomments"));
    }

    [Fact]
    public async Task Widgets_show_only_this_sites_public_posts_and_the_tag_cloud_sizes_tags_by_use()
    {
        var owner = await FreshSiteAsync("ownposts");
        var editor = await EditorAsync("ownposts");
        await PressAsync(editor, "add:footer", new() { ["AddFooterKind"] = nameof(WidgetKind.TagCloud) });
        await sites.SavePostAsync("ownposts", Post(owner, "Mine", "mine", tags: ["rare", "common"]));
        await sites.SavePostAsync("ownposts", Post(owner, "Also mine", "also", tags: ["common"]));
        await sites.SavePostAsync("ownposts", Post(owner, "Not yet", "not-yet", PostStatus.Draft, tags: ["secret"]));

        var page = await sites.ClientFor("ownposts.localhost").GetDocumentAsync("/");
        Assert.Equal(["Also mine", "Mine"], page.WidgetLinks("recentposts"));
        Assert.Equal(["common:5", "rare:1"], page.QuerySelectorAll(".tag-cloud a").Select(a => $"{a.TextContent}:{a.ClassName!.Split('-').Last()}"));
        Assert.DoesNotContain("Their own news", page.Body!.TextContent);
    }

    [Fact]
    public async Task About_the_author_shows_a_posts_author_on_its_page_and_the_owner_elsewhere()
    {
        var owner = await FreshSiteAsync("abouts");
        var writer = await sites.AddMemberAsync("abouts", "guest-writer@example.com", SiteRole.Author);
        await sites.ForSiteAsync("abouts", async s =>
        {
            var db = s.GetRequiredService<FolioDbContext>();
            (await db.Users.FindAsync(writer))!.Bio = "Writes about hills.";
            return await db.SaveChangesAsync();
        });
        var path = await sites.SavePostAsync("abouts", Post(writer, "Hill notes", "hill-notes"));
        var editor = await EditorAsync("abouts");
        await PressAsync(editor, "add:sidebar", new() { ["AddSidebarKind"] = nameof(WidgetKind.AboutAuthor) });
        var reader = sites.ClientFor("abouts.localhost");

        var post = await reader.GetDocumentAsync(path);
        Assert.Equal("guest-writer", post.QuerySelector(".widget-aboutauthor .widget-author-name a")!.TextContent);
        Assert.Equal("/author/guest-writer/", post.QuerySelector(".widget-aboutauthor .widget-author-name a")!.GetAttribute("href"));
        Assert.Equal("Writes about hills.", post.QuerySelector(".widget-aboutauthor .widget-author-bio")!.TextContent);
        Assert.NotNull(post.QuerySelector(".widget-aboutauthor img.avatar[alt='']"));

        var home = await reader.GetDocumentAsync("/");
        Assert.Equal("Owner of abouts", home.QuerySelector(".widget-aboutauthor .widget-author-name a")!.TextContent);
    }

    [Fact]
    public async Task Areas_emptied_by_the_editor_stay_empty_with_no_landmark_heading_or_column()
    {
        var owner = await FreshSiteAsync("emptied");
        await sites.SavePostAsync("emptied", Post(owner, "Hello world", "hello"));
        var reader = sites.ClientFor("emptied.localhost");
        await reader.GetAsync("/");
        await reader.GetAsync("/"); // now in the output cache
        var editor = await EditorAsync("emptied");
        var starting = await editor.GetDocumentAsync("/admin/widgets/");
        Assert.Contains("Your site shows these widgets until you save your own", starting.Body!.TextContent);
        Assert.Equal(7, starting.QuerySelectorAll(".widget-item").Length);

        // The editor saves both areas at once: emptying the sidebar saves the footer's defaults as they are.
        for (var removed = 0; removed < 5; removed++) Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(editor, "remove:0")).StatusCode);
        var footerOnly = await reader.GetDocumentAsync("/");
        Assert.Null(footerOnly.QuerySelector("aside.site-sidebar, [aria-label=Sidebar]"));
        Assert.Null(footerOnly.QuerySelector(".site-columns"));
        Assert.Equal(["Follow this site", "Feeds"], footerOnly.WidgetHeadings(".site-footer"));

        for (var removed = 0; removed < 2; removed++) Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(editor, "remove:0")).StatusCode);
        var page = await reader.GetDocumentAsync("/");
        Assert.Null(page.QuerySelector("aside.site-sidebar, [aria-label=Sidebar]"));
        Assert.Null(page.QuerySelector(".site-columns"));
        Assert.Null(page.QuerySelector(".footer-widgets"));
        Assert.Empty(page.QuerySelectorAll(".widget, .widget-rsslinks"));
        Assert.DoesNotContain("Recent Posts", page.Body!.TextContent);
        Assert.DoesNotContain("Follow this site", page.Body!.TextContent);
        Assert.Contains("Hello world", page.QuerySelector("main#content")!.TextContent);
        Assert.NotNull(page.QuerySelector(".site-footer a[href='/login/']"));

        var emptied = await editor.GetDocumentAsync("/admin/widgets/");
        Assert.Empty(emptied.QuerySelectorAll(".widget-item"));
        Assert.Equal(2, emptied.QuerySelectorAll(".widget-area p").Count(p => p.TextContent == "No widgets here: readers see none in this area."));
        Assert.DoesNotContain("Your site shows these widgets until you save your own", emptied.Body!.TextContent);
        Assert.True(await sites.QuerySiteAsync("emptied", db => db.Sites.Where(s => s.Slug == "emptied").Select(s => s.WidgetsSaved).SingleAsync()));
    }

    [Fact]
    public async Task A_new_name_and_bio_show_in_about_the_author_on_the_next_cached_page()
    {
        await FreshSiteAsync("biography");
        await PressAsync(await EditorAsync("biography"), "add:sidebar", new() { ["AddSidebarKind"] = nameof(WidgetKind.AboutAuthor) });
        var reader = sites.ClientFor("biography.localhost");
        await reader.GetAsync("/");
        var before = await reader.GetDocumentAsync("/"); // now in the output cache
        Assert.Equal("Owner of biography", before.QuerySelector(".widget-aboutauthor .widget-author-name a")!.TextContent);
        Assert.Null(before.QuerySelector(".widget-aboutauthor .widget-author-bio"));

        var owner = await sites.SignedInClientAsync("localhost", "owner-of-biography@example.com");
        var saved = await owner.PostFormAsync("/account/", new() { ["DisplayName"] = "Bea Ography", ["Bio"] = "Writes about lives.", ["Language"] = "" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var after = await reader.GetDocumentAsync("/");
        Assert.Equal("Bea Ography", after.QuerySelector(".widget-aboutauthor .widget-author-name a")!.TextContent);
        Assert.Equal("Writes about lives.", after.QuerySelector(".widget-aboutauthor .widget-author-bio")!.TextContent);
    }

    private static async Task<string> RedirectPathAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new Uri(new Uri("http://guarded.localhost/"), response.Headers.Location!).AbsolutePath;
    }
}

/// <summary>Reads a site page's widgets as a reader sees them.</summary>
internal static class WidgetPage
{
    /// <summary>The headings of the widgets inside the element the selector finds, in order.</summary>
    public static IReadOnlyList<string> WidgetHeadings(this IDocument page, string container) =>
        page.QuerySelectorAll($"{container} section.widget > h2").Select(h => h.TextContent.Trim()).ToList();

    /// <summary>The link texts of the first widget of the kind (its class, <c>widget-recentposts</c>).</summary>
    public static IReadOnlyList<string> WidgetLinks(this IDocument page, string kind) =>
        page.QuerySelector($".widget-{kind}")?.QuerySelectorAll("li a").Select(a => a.TextContent.Trim()).ToList() ?? [];

    /// <summary>The entries of the first widget of the kind, as their text reads.</summary>
    public static IReadOnlyList<string> WidgetEntries(this IDocument page, string kind) =>
        page.QuerySelector($".widget-{kind}")?.QuerySelectorAll("li").Select(li => string.Join(' ', li.TextContent.Split((char[])[' ', '\u00a0', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToList() ?? [];
}
