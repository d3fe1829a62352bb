using System.Net;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Features.WordPress;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.WordPress;

public sealed class WxrImportTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    [Fact]
    public async Task A_WordPress_export_imports_posts_pages_terms_comments_and_media()
    {
        var owner = await app.CreateSiteAsync("harbour", "Harbour");
        var alice = await app.AddMemberAsync("harbour", "alice@harbour.example", SiteRole.Author);

        var result = await app.ImportAsync("harbour", owner, app.SampleFile(), "alice=alice@harbour.example");

        Assert.Empty(result.Errors);
        var summary = result.Summary!;
        Assert.Equal(5, summary.Count(ImportKind.Post, summary.Imported)); // 11, 13, 14, 15, 16
        Assert.Equal(1, summary.Count(ImportKind.Post, "skipped: in the trash"));
        Assert.Equal(1, summary.Count(ImportKind.Page, summary.Imported));
        Assert.Equal(1, summary.Count(ImportKind.Menu, "not placed: none of its items leads anywhere here")); // its one item has no address
        Assert.Equal(0, summary.Count(ImportKind.OtherTerm, "skipped: Folio has only categories and tags")); // its one term is a menu
        Assert.Equal(5, summary.Count(ImportKind.Comment, summary.Imported));
        Assert.Equal(1, summary.Count(ImportKind.Comment, "skipped: pingbacks and trackbacks"));
        Assert.Equal(1, summary.Count(ImportKind.Attachment, "copied into the media library"));
        Assert.Equal(1, summary.CountStartingWith(ImportKind.Attachment, "kept as a link to the original"));
        Assert.Equal(1, summary.Count(ImportKind.NotKept, "private posts kept as drafts (Folio has no private posts)"));
        Assert.Equal(1, summary.Count(ImportKind.NotKept, "category parents (Folio's categories are flat; each keeps its own address)"));
        Assert.Equal(1, summary.Count(ImportKind.NotKept, "featured images that could not be copied (the attachment stays a link)"));
        Assert.Contains(summary.Lines(), line => line.StartsWith("Posts: ", StringComparison.Ordinal));

        var posts = await app.PostsWithTermsAsync("harbour");
        var plan = posts.Single(p => p.WordPressId == 11);
        Assert.Equal(("Harbour plan approved", "harbour-plan-approved", PostStatus.Published), (plan.Title, plan.Slug, plan.Status));
        Assert.Equal(new DateTime(2020, 1, 15, 9, 30, 0, DateTimeKind.Utc), plan.PublishedAt);
        Assert.Equal(alice, plan.AuthorId);
        Assert.Equal("The council approved the plan.", plan.Excerpt);
        Assert.True(plan.Sticky);
        Assert.Equal([("mood", "hopeful")], plan.CustomFields.Select(f => (f.Key, f.Value))); // WordPress's own "_" fields are not the author's
        Assert.Equal(["local", "news"], plan.Categories.Select(c => c.Category.Slug).Order());
        Assert.Equal(["cafés", "harbour"], plan.Tags.Select(t => t.Tag.Slug).Order());
        Assert.NotNull(plan.AnnouncedAt); // followers are not mailed a blog's history
        // Blocks gone, caption a figure, the unknown shortcode left as text, the script and handler removed.
        Assert.DoesNotContain("wp:paragraph", plan.BodyHtml);
        Assert.Contains("<figure class=\"wp-caption\"><img", plan.BodyHtml);
        Assert.Contains("<figcaption>The old harbour at dawn</figcaption>", plan.BodyHtml);
        Assert.Contains("[contact-form-7 id=\"42\" title=\"Contact\"]", plan.BodyHtml);
        Assert.DoesNotContain("<script", plan.BodyHtml);
        Assert.DoesNotContain("onclick", plan.BodyHtml);
        var media = Assert.Single(await app.MediaAsync("harbour"));
        Assert.Equal((10L, 800), (media.WordPressId!.Value, media.Width));
        Assert.Equal("/media/" + media.StoredName, plan.FeaturedImageUrl);
        // The picture in the post (its 300 px size on the old site) now shows the copy.
        Assert.Contains($"src=\"/media/{media.StoredName}\"", plan.BodyHtml);
        Assert.DoesNotContain("oldblog.example/wp-content", plan.BodyHtml);

        var about = posts.Single(p => p.WordPressId == 12);
        Assert.Equal((PostKind.Page, "about", owner, false), (about.Kind, about.Slug, about.AuthorId, about.CommentsOpen));
        Assert.Equal("<p>We write about the harbour.</p>\n<p>Since 2009,<br>\nevery week.</p>", about.BodyHtml);

        var draft = posts.Single(p => p.WordPressId == 13);
        Assert.Equal((PostStatus.Draft, "unfinished-thoughts", (DateTime?)null), (draft.Status, draft.Slug, draft.PublishedAt));
        Assert.Equal(PostStatus.Draft, posts.Single(p => p.WordPressId == 14).Status);
        var membersOnly = posts.Single(p => p.WordPressId == 15);
        Assert.Equal((PostStatus.Published, "letmein"), (membersOnly.Status, membersOnly.Password)); // published, behind its password
        var ferry = posts.Single(p => p.WordPressId == 16);
        Assert.Null(ferry.FeaturedImageUrl);
        Assert.Contains($"<img src=\"/media/{media.StoredName}\"", ferry.BodyHtml); // the gallery uses the copy
        Assert.Contains("/wp-content/uploads/2020/03/gone.jpg", ferry.BodyHtml); // and links the original it could not copy
        Assert.Contains("<a href=\"https://video.example/ferry\">", ferry.BodyHtml);
        Assert.DoesNotContain(posts, p => p.WordPressId is 18 or 19);

        var comments = await app.CommentsAsync("harbour");
        var grace = comments.Single(c => c.WordPressId == 101);
        var alan = comments.Single(c => c.WordPressId == 102);
        Assert.Equal((CommentStatus.Approved, plan.Id, (long?)null), (grace.Status, grace.PostId, grace.ParentId));
        Assert.DoesNotContain("javascript:", grace.BodyHtml);
        Assert.Equal((CommentStatus.Approved, (long?)grace.Id, "https://alan.example.org/", "alan@example.org"), (alan.Status, alan.ParentId, alan.AuthorUrl, alan.AuthorEmail));
        Assert.Equal(new DateTime(2020, 1, 15, 11, 0, 0, DateTimeKind.Utc), alan.CreatedAt);
        Assert.Equal(CommentStatus.Pending, comments.Single(c => c.WordPressId == 103).Status);
        Assert.Equal(CommentStatus.Spam, comments.Single(c => c.WordPressId == 104).Status);
        Assert.Equal(CommentStatus.Trash, comments.Single(c => c.WordPressId == 106).Status);

        var reader = app.ClientFor("harbour.localhost");
        var page = await reader.GetStringAsync("/2020/01/15/harbour-plan-approved/");
        Assert.Contains("I agree with Grace.", page);
        Assert.DoesNotContain("Buy now", page);
        var membersOnlyPage = await reader.GetStringAsync("/2020/02/03/members-only/");
        Assert.Contains("This content is password protected.", membersOnlyPage);
        Assert.DoesNotContain("secret minutes", membersOnlyPage);
    }

    [Fact]
    public async Task Importing_the_same_file_again_imports_nothing_twice()
    {
        var owner = await app.CreateSiteAsync("again", "Again");
        var file = app.SampleFile();
        await app.ImportAsync("again", owner, file);
        var before = (await app.PostsAsync("again")).Count;
        var beforeComments = (await app.CommentsAsync("again")).Count;

        var second = (await app.ImportAsync("again", owner, file)).Summary!;

        Assert.Equal(0, second.Count(ImportKind.Post, second.Imported));
        Assert.Equal(5, second.Count(ImportKind.Post, second.AlreadyImported));
        Assert.Equal(1, second.Count(ImportKind.Page, second.AlreadyImported));
        Assert.Equal(5, second.Count(ImportKind.Comment, second.AlreadyImported));
        Assert.Equal(1, second.Count(ImportKind.Attachment, second.AlreadyImported));
        Assert.Equal(0, second.Count(ImportKind.Category, second.Imported));
        Assert.Equal(before, (await app.PostsAsync("again")).Count);
        Assert.Equal(beforeComments, (await app.CommentsAsync("again")).Count);
        Assert.Single(await app.MediaAsync("again"));
    }

    [Fact]
    public async Task An_interrupted_import_resumes_without_duplicates()
    {
        var owner = await app.CreateSiteAsync("resume", "Resume");
        var file = app.SampleFile();
        await app.ImportAsync("resume", owner, file);
        // As if the import had died after the post but before some of its comments.
        await app.QuerySiteAsync("resume", db => db.Comments
            .Where(c => c.WordPressId == 102 || c.WordPressId == 103).ExecuteDeleteAsync());

        var resumed = (await app.ImportAsync("resume", owner, file)).Summary!;

        Assert.Equal(2, resumed.Count(ImportKind.Comment, resumed.Imported));
        var comments = await app.CommentsAsync("resume");
        Assert.Equal(5, comments.Count);
        Assert.Equal(comments.Single(c => c.WordPressId == 101).Id, comments.Single(c => c.WordPressId == 102).ParentId);
    }

    [Fact]
    public async Task Old_WordPress_links_redirect_permanently_to_the_right_place()
    {
        var owner = await app.CreateSiteAsync("links", "Links");
        await app.ImportAsync("links", owner, app.SampleFile());
        var media = Assert.Single(await app.MediaAsync("links"));
        var reader = app.ClientFor("links.localhost");

        foreach (var (from, to) in new[]
        {
            ("/?p=11", "/2020/01/15/harbour-plan-approved/"),
            ("/?page_id=12", "/about/"),
            ("/?attachment_id=10", $"/media/{media.StoredName}"),
            ("/2020/01/harbour-plan-approved/", "/2020/01/15/harbour-plan-approved/"),
            ("/harbour-plan-approved/", "/2020/01/15/harbour-plan-approved/"),
            ("/category/news/local/", "/category/local/"),
            ("/category/news/local/page/2/", "/category/local/page/2/"),
            ("/?category_name=news/local", "/category/local/"),
            ("/?tag=harbour", "/tag/harbour/"),
        })
        {
            var response = await reader.GetAsync(from);
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{from} answered {(int)response.StatusCode}");
            Assert.Equal(to, response.Headers.Location!.OriginalString);
        }

        // A password-protected post's old links lead to it (where it asks for the password); drafts are never revealed.
        Assert.Equal("/2020/02/03/members-only/", (await reader.GetAsync("/?p=15")).Headers.Location?.OriginalString);
        Assert.Equal("/2020/02/03/members-only/", (await reader.GetAsync("/2020/02/members-only/")).Headers.Location?.OriginalString);
        Assert.Null((await reader.GetAsync("/?p=13")).Headers.Location);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/2020/01/15/harbour-plan-approved/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/2020/01/15/")).StatusCode); // the day archive still wins
    }

    [Theory]
    [InlineData("billion-laughs.xml", "declares a DTD")]
    [InlineData("truncated.xml", "not well-formed XML")]
    [InlineData("not-wordpress.xml", "not a WordPress export file")]
    public async Task Hostile_or_broken_files_are_refused_and_change_nothing(string sample, string reason)
    {
        var slug = "refuse" + sample.Split('.')[0].Replace("-", "");
        var owner = await app.CreateSiteAsync(slug, "Refuse");
        var before = (await app.PostsAsync(slug)).Count;

        var result = await app.ImportAsync(slug, owner, app.SampleFile(sample));

        Assert.Null(result.Summary);
        Assert.Contains(reason, Assert.Single(result.Errors));
        Assert.Equal(before, (await app.PostsAsync(slug)).Count);
        Assert.Empty(await app.CommentsAsync(slug));
        Assert.Empty(await app.MediaAsync(slug));
        Assert.Empty((await app.TermsAsync(slug)).Categories);
    }

    [Fact]
    public async Task An_author_map_naming_someone_outside_the_site_is_refused()
    {
        var owner = await app.CreateSiteAsync("mapped", "Mapped");
        await app.NewReaderAsync("stranger@elsewhere.example");

        var result = await app.ImportAsync("mapped", owner, app.SampleFile(), "alice=stranger@elsewhere.example", "bob");

        Assert.Null(result.Summary);
        Assert.Contains(result.Errors, e => e.Contains("stranger@elsewhere.example") && e.Contains("not a member of this site"));
        Assert.Contains(result.Errors, e => e.Contains("\"bob\" is not an author mapping"));
        Assert.Empty(await app.PostsAsync("mapped"));
    }

    [Fact]
    public async Task Another_sites_rows_are_untouched_and_the_same_IDs_live_apart()
    {
        var firstOwner = await app.CreateSiteAsync("first", "First");
        var secondOwner = await app.CreateSiteAsync("second", "Second");
        var file = app.SampleFile();
        await app.ImportAsync("first", firstOwner, file);
        var firstPosts = await app.PostsAsync("first");
        var firstComments = await app.CommentsAsync("first");

        var second = (await app.ImportAsync("second", secondOwner, file)).Summary!;

        Assert.Equal(5, second.Count(ImportKind.Post, second.Imported)); // not "already imported": those are another site's
        Assert.Equal(firstPosts.Select(p => (p.Id, p.Title, p.UpdatedAt)), (await app.PostsAsync("first")).Select(p => (p.Id, p.Title, p.UpdatedAt)));
        Assert.Equal(firstComments.Select(c => (c.Id, c.PostId, c.ParentId)), (await app.CommentsAsync("first")).Select(c => (c.Id, c.PostId, c.ParentId)));
        var secondComments = await app.CommentsAsync("second");
        var secondPosts = await app.PostsAsync("second");
        Assert.All(secondComments, c => Assert.Contains(secondPosts, p => p.Id == c.PostId));
        Assert.All(secondComments.Where(c => c.ParentId is not null), c => Assert.Contains(secondComments, parent => parent.Id == c.ParentId));
    }

    [Fact]
    public async Task An_imported_page_keeps_its_address_when_a_post_has_the_same_slug()
    {
        var owner = await app.CreateSiteAsync("visitors", "Visitors");
        var post = await app.SavePostAsync("visitors", new SavePost { AuthorId = owner, Title = "About", Body = "A post called About.", Status = PostStatus.Published });

        var summary = (await app.ImportAsync("visitors", owner, app.SampleFile())).Summary!;

        Assert.Equal("about", (await app.PostsAsync("visitors")).Single(p => p.WordPressId == 12).Slug);
        Assert.DoesNotContain(summary.Lines(), line => line.Contains("slugs already taken"));
        var reader = app.ClientFor("visitors.localhost");
        Assert.Contains("We write about the harbour.", (await reader.GetDocumentAsync("/about/")).QuerySelector("article")!.TextContent);
        Assert.Contains("A post called About.", (await reader.GetDocumentAsync(post)).QuerySelector("article")!.TextContent);
    }

    [Fact]
    public async Task Plugins_elements_are_passed_over_and_named_in_the_summary()
    {
        var owner = await app.CreateSiteAsync("plugins", "Plugins");
        var file = app.SampleFile();
        File.WriteAllText(file, File.ReadAllText(file)
            .Replace("<channel>", "<channel>\n<itunes:owner xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><itunes:name>Alice</itunes:name></itunes:owner>")
            .Replace("<title><![CDATA[About]]></title>", "<title><![CDATA[About]]></title><yoast:focuskw xmlns:yoast=\"https://yoast.com/wxr/\">harbour</yoast:focuskw>"));

        var result = await app.ImportAsync("plugins", owner, file);

        Assert.Empty(result.Errors);
        Assert.Contains("Not read (other plugins' data): 1 itunes:owner, 1 yoast:focuskw", result.Summary!.Lines());
        Assert.Contains("We write about the harbour.", (await app.ClientFor("plugins.localhost").GetDocumentAsync("/about/")).QuerySelector("article")!.TextContent);
    }

    [Fact]
    public async Task Audio_and_video_shortcodes_play_in_the_browsers_own_players()
    {
        var owner = await app.CreateSiteAsync("players", "Players");
        var file = app.SampleFile();
        File.WriteAllText(file, File.ReadAllText(file).Replace("We write about the harbour.",
            "We write about the harbour.\n\n[audio mp3=\"https://sounds.example/gulls.mp3\"][/audio]\n\n[video width=\"640\" height=\"360\" src=\"https://films.example/tide.webm\" poster=\"https://films.example/tide.jpg\" onload=\"alert(1)\"][/video]"));

        await app.ImportAsync("players", owner, file);

        var article = (await app.ClientFor("players.localhost").GetDocumentAsync("/about/")).QuerySelector("article")!;
        var audio = article.QuerySelector("audio[controls]")!;
        Assert.Equal("https://sounds.example/gulls.mp3", audio.GetAttribute("src"));
        Assert.Equal("none", audio.GetAttribute("preload")); // nothing is fetched from the other site until the reader plays it
        var video = article.QuerySelector("video[controls]")!;
        Assert.Equal(("https://films.example/tide.webm", "640"), (video.GetAttribute("src"), video.GetAttribute("width")));
        Assert.Null(video.GetAttribute("onload"));
        Assert.Null(video.GetAttribute("poster")); // another site's picture would be fetched with the page
    }

    [Fact]
    public async Task A_slug_WordPress_kept_in_decomposed_letters_is_served_at_its_address()
    {
        var owner = await app.CreateSiteAsync("letters", "Letters");
        var file = app.SampleFile();
        // "мой-дом" with its "й" decomposed ("и" and a combining breve), percent-encoded as WordPress stores it.
        File.WriteAllText(file, File.ReadAllText(file).Replace("<wp:post_name><![CDATA[about]]>", "<wp:post_name><![CDATA[%d0%bc%d0%be%d0%b8%cc%86-%d0%b4%d0%be%d0%bc]]>"));

        await app.ImportAsync("letters", owner, file);

        Assert.Equal("мой-дом", (await app.PostsAsync("letters")).Single(p => p.WordPressId == 12).Slug);
        var page = await app.ClientFor("letters.localhost").GetDocumentAsync(PostPaths.Page("мой-дом"));
        Assert.Contains("We write about the harbour.", page.QuerySelector("article")!.TextContent);
    }

    [Fact]
    public async Task An_item_without_a_slug_whose_title_gives_none_is_numbered_like_a_post_written_here()
    {
        var owner = await app.CreateSiteAsync("numbered", "Numbered");
        var file = app.SampleFile();
        File.WriteAllText(file, File.ReadAllText(file)
            .Replace("<title><![CDATA[About]]></title>", "<title><![CDATA[🎉🎉🎉]]></title>")
            .Replace("<wp:post_name><![CDATA[about]]>", "<wp:post_name><![CDATA[]]>"));

        var summary = (await app.ImportAsync("numbered", owner, file)).Summary!;

        var page = (await app.PostsAsync("numbered")).Single(p => p.WordPressId == 12);
        Assert.Equal($"page-{page.Id}", page.Slug); // a number alone would be a year's archive
        Assert.DoesNotContain(summary.Lines(), line => line.Contains("slugs already taken"));
        Assert.Contains("We write about the harbour.", (await app.ClientFor("numbered.localhost").GetDocumentAsync(PostPaths.Page(page.Slug))).QuerySelector("article")!.TextContent);
    }
}
