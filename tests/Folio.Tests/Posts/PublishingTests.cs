using System.Net;
using Folio.Data;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

public sealed class PublishingTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task Draft_is_never_public()
    {
        var author = await app.DemoBloggerIdAsync();
        await app.SavePostAsync("demo", new SavePost { AuthorId = author, Title = "Unfinished thoughts", Body = "Draft body" });
        var client = app.DemoClient();

        Assert.DoesNotContain("Unfinished thoughts", await client.GetStringAsync("/"));
        Assert.DoesNotContain("Unfinished thoughts", await client.GetStringAsync("/?s=unfinished"));
        Assert.DoesNotContain("Unfinished thoughts", await client.GetStringAsync("/feed/"));
        Assert.DoesNotContain("unfinished-thoughts", await client.GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task Edited_post_is_visible_on_the_next_request_though_its_page_was_cached()
    {
        var author = await app.DemoBloggerIdAsync();
        var client = app.DemoClient();
        var path = await app.SavePostAsync("demo", new SavePost
        {
            AuthorId = author, Title = "Version one", Slug = "cache-me", Body = "First.", Status = PostStatus.Published,
        });

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // served from the output cache
        Assert.Contains("Version one", await client.GetStringAsync("/feed/"));

        var postId = await app.ForSiteAsync("demo", services => services.GetRequiredService<FolioDbContext>()
            .Posts.Where(p => p.Slug == "cache-me").Select(p => p.Id).SingleAsync());
        await app.SavePostAsync("demo", new SavePost
        {
            PostId = postId, AuthorId = author, Title = "Version two", Slug = "cache-me", Body = "Second.", Status = PostStatus.Published,
        });

        var page = await client.GetDocumentAsync(path);
        Assert.Equal("Version two", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Version two", await client.GetStringAsync("/feed/"));
        Assert.Contains("Version two", (await client.GetDocumentAsync("/")).PostTitles());
    }

    [Fact]
    public async Task Hostile_html_in_a_body_is_inert_on_the_page()
    {
        var author = await app.DemoBloggerIdAsync();
        var path = await app.SavePostAsync("demo", new SavePost
        {
            AuthorId = author,
            Title = "Hostile <script>alert('title')</script>",
            Body = """
                Hello <script>alert(1)</script><img src=x onerror="alert(2)">
                [click](javascript:alert(3)) <a href="JaVaScRiPt:alert(4)">me</a>
                <svg><script>alert(5)</script></svg> <iframe src="https://evil.example"></iframe>

                **Bold** stays.
                """,
            Status = PostStatus.Published,
        });

        var page = await app.DemoClient().GetDocumentAsync(path);
        var content = page.QuerySelector(".post-content")!;
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(content.QuerySelectorAll("iframe, svg, [onerror]"));
        Assert.All(content.QuerySelectorAll("a"), a => Assert.DoesNotContain("javascript", a.GetAttribute("href") ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Bold", content.QuerySelector("strong")!.TextContent);
        Assert.Equal("Hostile <script>alert('title')</script>", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_whose_canonical_points_to_the_original_says_so()
    {
        var author = await app.DemoBloggerIdAsync();
        var path = await app.SavePostAsync("demo", new SavePost
        {
            AuthorId = author, Title = "Whole repost", Body = "Copied with permission.", Status = PostStatus.Published,
            OriginalUrl = "https://wire.example.org/story", SourceName = "The Wire", CanonicalToOriginal = true,
        });

        var page = await app.DemoClient().GetDocumentAsync(path);
        Assert.Equal("https://wire.example.org/story", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("", "A post needs a title.")]
    [InlineData("javascript:alert(1)", "The original article's address must be a full http:// or https:// link.")]
    public async Task Invalid_post_is_refused_with_a_clear_message_and_nothing_saved(string originalUrl, string message)
    {
        var author = await app.DemoBloggerIdAsync();
        var result = await app.ForSiteAsync("demo", services => services.GetRequiredService<SavePostHandler>().HandleAsync(new SavePost
        {
            AuthorId = author, Title = originalUrl.Length == 0 ? " " : "Refused post", OriginalUrl = originalUrl, Status = PostStatus.Published,
        }));

        Assert.Contains(message, result.Errors);
        Assert.False(await app.ForSiteAsync("demo", services => services.GetRequiredService<FolioDbContext>().Posts.AnyAsync(p => p.Title == "Refused post")));
    }

    [Fact]
    public async Task Second_post_with_the_same_title_gets_its_own_slug()
    {
        var author = await app.DemoBloggerIdAsync();
        var first = await app.SavePostAsync("demo", new SavePost { AuthorId = author, Title = "Twin", Status = PostStatus.Published });
        var second = await app.SavePostAsync("demo", new SavePost { AuthorId = author, Title = "Twin", Status = PostStatus.Published });

        Assert.EndsWith("/twin/", first);
        Assert.EndsWith("/twin-2/", second);
    }

    [Fact]
    public async Task A_page_and_a_post_may_share_a_slug_as_in_WordPress_but_two_of_a_kind_may_not()
    {
        var author = await app.DemoBloggerIdAsync();
        Task<string> SaveAsync(PostKind kind, string body) =>
            app.SavePostAsync("demo", new SavePost { AuthorId = author, Kind = kind, Title = "Visiting hours", Body = body, Status = PostStatus.Published });

        var post = await SaveAsync(PostKind.Post, "The post about visiting hours.");
        var page = await SaveAsync(PostKind.Page, "The page of visiting hours.");
        var secondPost = await SaveAsync(PostKind.Post, "Another post.");
        var secondPage = await SaveAsync(PostKind.Page, "Another page.");

        Assert.EndsWith("/visiting-hours/", post);
        Assert.Equal("/visiting-hours/", page);
        Assert.EndsWith("/visiting-hours-2/", secondPost);
        Assert.Equal("/visiting-hours-2/", secondPage);
        var client = app.DemoClient();
        Assert.Contains("The post about visiting hours.", (await client.GetDocumentAsync(post)).QuerySelector("article")!.TextContent);
        Assert.Contains("The page of visiting hours.", (await client.GetDocumentAsync(page)).QuerySelector("article")!.TextContent);
    }
}
