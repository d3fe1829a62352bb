using Folio.Features.Posts;
using Folio.Features.WordPress;
using Folio.Tests.Infrastructure;
using Folio.Tests.Menus;

namespace Folio.Tests.WordPress;

/// <summary>
/// WordPress's own test exports (WordPress/Corpus, from the wordpress-importer plugin) import as
/// WordPress's importer reads them: the same entries, authors, posts, pages and comments
/// (its tests give 186 entries and 2 authors for the theme unit test data, 154 and 1 for the
/// accessibility data, whose author is a <c>wp:wp_author</c>).
/// </summary>
public sealed class WordPressCorpusTests(WordPressApp app) : IClassFixture<WordPressApp>
{
    [Fact]
    public async Task The_theme_unit_test_data_with_its_https_namespace_imports_everything_WordPress_imports()
    {
        var owner = await app.CreateSiteAsync("themeunit", "Theme Unit Test");

        var result = await app.ImportAsync("themeunit", owner, app.CorpusFile("theme-unit-test-data.xml"));

        Assert.Empty(result.Errors);
        var summary = result.Summary!;
        Assert.Equal("WordPress export (WXR 1.2) of https://wordpress.com/: 186 items", summary.Source);
        Assert.Equal(2, summary.CountStartingWith(ImportKind.Author, ""));
        Assert.Equal(68, summary.Count(ImportKind.Category, summary.Imported));
        // 110 declared in the channel, and 4 more that posts name without declaring them.
        Assert.Equal(114, summary.Count(ImportKind.Tag, summary.Imported));
        Assert.Equal(58, summary.Count(ImportKind.Post, summary.Imported)); // 56 published, a draft, a scheduled one
        Assert.Equal(21, summary.Count(ImportKind.Page, summary.Imported));
        Assert.Equal(37, summary.CountStartingWith(ImportKind.Attachment, "kept as a link to the original"));
        Assert.Equal(29, summary.Count(ImportKind.Comment, summary.Imported));
        Assert.Equal(4, summary.Count(ImportKind.Comment, "skipped: pingbacks and trackbacks"));
        Assert.Equal(1, summary.Count(ImportKind.Menu, "placed as the primary menu"));
        Assert.Equal(0, summary.Count(ImportKind.Menu, "placed as the footer menu"));
        Assert.Equal(4, summary.Count(ImportKind.Menu, "not placed: Folio has one primary and one footer menu"));

        var posts = await app.PostsWithTermsAsync("themeunit");
        Assert.True(posts.Single(p => p.Title == "Template: Sticky").Sticky);
        Assert.Equal("enter", posts.Single(p => p.Slug == "template-password-protected").Password);
        Assert.Equal((PostStatus.Scheduled, new DateTime(2030, 1, 1, 12, 0, 18)), posts.Single(p => p.Slug == "scheduled") is var scheduled ? (scheduled.Status, scheduled.PublishedLocal!.Value) : default);
        Assert.Equal(PostStatus.Draft, posts.Single(p => p.Title == "Draft").Status);

        // WordPress keeps the Greek page's slug percent-encoded; it is served at its letters.
        var reader = app.ClientFor("themeunit.localhost");
        var greek = await reader.GetDocumentAsync("/" + Uri.EscapeDataString("επίπεδο-3") + "/");
        Assert.Equal("Επίπεδο 3", greek.QuerySelector("h1")!.TextContent.Trim());
        // Its longest menu, "Testing Menu", is the primary one: the "#" items that only open a
        // sub-menu kept, its ten levels of depth under their top-level item, all 23 items there.
        var menu = (await reader.GetDocumentAsync("/")).MenuLinks("Primary menu");
        Assert.Equal(23, menu.Count);
        Assert.Equal(["Pages → #", "  Page Image Alignment → /page-image-alignment/", "  Page Markup And Formatting → /page-markup-and-formatting/",
            "Categories → #", "  Markup → /category/markup/", "  Post Formats → /category/post-formats/", "  Unpublished → /category/unpublished/", "Depth → #", "  Level 01 → #"], menu.Take(9));
        Assert.Contains("  New Window / Tab → https://wordpressfoundation.org/", menu);
        var comments = await reader.GetDocumentAsync(posts.Single(p => p.Title == "Template: Comments") is var post ? PostPaths.Of(post.Kind, post.PublishedLocal!.Value, post.Slug) : "");
        Assert.Equal(19, comments.QuerySelectorAll("li.comment").Length); // and the 20th waits for a moderator
    }

    [Fact]
    public async Task The_theme_unit_test_data_keeps_page_hierarchy_order_post_formats_and_titles_with_markup()
    {
        var owner = await app.CreateSiteAsync("themehierarchy", "Theme Unit Test");

        var result = await app.ImportAsync("themehierarchy", owner, app.CorpusFile("theme-unit-test-data.xml"));

        Assert.Empty(result.Errors);
        var posts = await app.PostsWithTermsAsync("themehierarchy");
        var pages = posts.Where(p => p.Kind == PostKind.Page).ToDictionary(p => p.Title);
        // "Level 3" comes before its parent in the file: it is placed once the whole file is in.
        Assert.Equal(pages["Level 2"].Id, pages["Level 3"].ParentId);
        Assert.Equal(pages["Level 1"].Id, pages["Level 2"].ParentId);
        Assert.Equal((null, 5), (pages["Level 1"].ParentId, pages["Level 1"].MenuOrder));
        Assert.Equal((pages["About The Tests"].Id, 2), (pages["Clearing Floats"].ParentId, pages["Clearing Floats"].MenuOrder));
        Assert.Equal(5, posts.Count(p => p.ParentId == pages["About The Tests"].Id));
        Assert.Equal(0, result.Summary!.CountStartingWith(ImportKind.NotKept, "parents of pages"));

        Assert.Equal(PostFormat.Aside, posts.Single(p => p.Title == "Post Format: Aside").Format);
        Assert.Equal(PostFormat.Video, posts.Single(p => p.Title == "Post Format: Video (YouTube)").Format);
        Assert.Equal(PostFormat.Standard, posts.Single(p => p.Title == "Post Format: Standard").Format);
        Assert.Equal(13, posts.Count(p => p.Format != PostFormat.Standard));

        var reader = app.ClientFor("themehierarchy.localhost");
        var withMarkup = posts.Single(p => p.Slug == "markup-title-with-markup");
        var page = await reader.GetDocumentAsync(PostPaths.Of(withMarkup.Kind, withMarkup.PublishedLocal!.Value, withMarkup.Slug));
        var heading = page.QuerySelector("h1.post-title")!;
        Assert.Equal("Markup: Title With Markup", heading.TextContent);
        Assert.Equal("With", heading.QuerySelector("em")!.TextContent);
        Assert.Equal("up", heading.QuerySelector("b > sup")!.TextContent);
        Assert.StartsWith("Markup: Title With Markup", page.Title);
        var aside = posts.Single(p => p.Title == "Post Format: Aside");
        Assert.True((await reader.GetDocumentAsync(PostPaths.Of(aside.Kind, aside.PublishedLocal!.Value, aside.Slug))).QuerySelector("article")!.ClassList.Contains("format-aside"));

        var special = posts.Single(p => p.Title.StartsWith("Markup: Title With Special Characters", StringComparison.Ordinal));
        var specialPage = await reader.GetDocumentAsync(PostPaths.Of(special.Kind, special.PublishedLocal!.Value, special.Slug));
        Assert.Equal("Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:'\"?,.>", specialPage.QuerySelector("h1.post-title")!.TextContent);
    }

    [Fact]
    public async Task The_accessibility_test_data_imports_with_its_wp_author_and_skips_the_item_WordPress_skips()
    {
        var owner = await app.CreateSiteAsync("a11yunit", "Accessibility Unit Test");

        var result = await app.ImportAsync("a11yunit", owner, app.CorpusFile("a11y-unit-test-data.xml"));

        Assert.Empty(result.Errors);
        var summary = result.Summary!;
        Assert.Equal("WordPress export (WXR 1.2) of http://wordpress.com/: 154 items", summary.Source);
        Assert.Equal(1, summary.CountStartingWith(ImportKind.Author, ""));
        Assert.Equal(47, summary.Count(ImportKind.Post, summary.Imported));
        Assert.Equal(17, summary.Count(ImportKind.Page, summary.Imported));
        // "Page with comments" has no post type: WordPress's importer refuses it, and its 3 comments with it.
        Assert.Equal(1, summary.Count(ImportKind.OtherItem, "skipped: no type"));
        Assert.Equal(22, summary.Count(ImportKind.Comment, summary.Imported));
        Assert.Equal(4, summary.Count(ImportKind.Comment, "skipped: pingbacks and trackbacks"));
    }

    [Fact]
    public async Task The_importers_small_export_gives_the_posts_pages_and_terms_WordPress_gets()
    {
        var owner = await app.CreateSiteAsync("smallexport", "Small Export");

        var result = await app.ImportAsync("smallexport", owner, app.CorpusFile("small-export.xml"));

        Assert.Empty(result.Errors);
        var posts = await app.PostsWithTermsAsync("smallexport");
        // WordPress: 5 published posts and 1 private (Folio has no private posts: a draft), 4 published pages and 1 draft.
        Assert.Equal([(PostKind.Post, PostStatus.Draft, 1), (PostKind.Post, PostStatus.Published, 5), (PostKind.Page, PostStatus.Draft, 1), (PostKind.Page, PostStatus.Published, 4)],
            posts.GroupBy(p => (p.Kind, p.Status)).Select(g => (g.Key.Kind, g.Key.Status, g.Count())).Order());
        var (categories, tags) = await app.TermsAsync("smallexport");
        Assert.Equal((30, 3), (categories.Count, tags.Count));
        Assert.Equal(27, posts.Single(p => p.Slug == "many-categories").Categories.Count);
        Assert.Equal(["foo"], posts.Single(p => p.Slug == "top-level-foo").Categories.Select(c => c.Category.Slug));
        Assert.Single(await app.CommentsAsync("smallexport"));
    }

    [Fact]
    public async Task Text_in_every_script_survives_and_the_slug_keeps_only_its_letters_and_digits()
    {
        var owner = await app.CreateSiteAsync("utf8export", "UTF-8");

        var result = await app.ImportAsync("utf8export", owner, app.CorpusFile("wxr-utf-8-challenges.xml"));

        Assert.Empty(result.Errors);
        var post = Assert.Single(await app.PostsWithTermsAsync("utf8export"));
        Assert.Equal("\"The Road \u202ENot\u202C Taken\" by Rob\u202Dert \u202EFrost \u202A🌲\u202C", post.Title);
        Assert.Equal("hello-world-utf8-test", post.Slug); // WordPress's slug without its bidi controls and emoji, as Folio makes slugs
        Assert.Contains("السلام عليكم وﷲ", post.BodyHtml);
        Assert.Contains("𝓣𝓮𝓼𝓽 𝓜𝓾𝓵𝓽𝓲-𝓑𝔂𝓽𝓮: 🚀🌟💫⭐️🔥💯🎉🎊🌈🦄", post.BodyHtml);
        var page = await app.ClientFor("utf8export.localhost").GetDocumentAsync(PostPaths.Of(post.Kind, post.PublishedLocal!.Value, post.Slug));
        Assert.Contains("السلام عليكم وﷲ", page.QuerySelector("article")!.TextContent);
    }

    [Theory]
    [InlineData("valid-wxr-1.0.xml", 6)]
    [InlineData("valid-wxr-1.1.xml", 2)]
    public async Task Each_WXR_version_WordPress_has_written_is_read(string file, int items)
    {
        var slug = "v" + file.Replace("valid-wxr-", "").Replace(".xml", "").Replace(".", "");
        var owner = await app.CreateSiteAsync(slug, file);

        var result = await app.ImportAsync(slug, owner, app.CorpusFile(file));

        Assert.Empty(result.Errors);
        Assert.EndsWith($": {items} items", result.Summary!.Source);
    }

    [Theory]
    [InlineData("crazy-cdata.xml", "']]>' is not allowed in character data. Line 18, position 70.")]
    [InlineData("malformed.xml", "Line 90, position 3.")]
    [InlineData("missing-version-tag.xml", "it has no wp:wxr_version")]
    public async Task Files_WordPress_refuses_are_refused_saying_where_and_why(string file, string reason)
    {
        var owner = await app.CreateSiteAsync(file.Replace(".xml", "").Replace("-", ""), file);

        var result = await app.ImportAsync(file.Replace(".xml", "").Replace("-", ""), owner, app.CorpusFile(file));

        Assert.Null(result.Summary);
        Assert.Contains(reason, Assert.Single(result.Errors));
    }
}
