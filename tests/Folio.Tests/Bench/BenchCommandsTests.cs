using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Bench;

/// <summary>
/// Folio.Bench's <c>fill</c> and <c>dataset</c> write the benchmark's rows in bulk, past the
/// handlers; the running server must serve them as if the product had saved them.
/// </summary>
public sealed class BenchCommandsTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task Bench_fill_adds_sites_whose_posts_and_threaded_comments_the_running_server_serves()
    {
        _ = app.Server;

        var result = await FolioProcess.RunCommandAsync(FolioProcess.BenchDll, app.Database, [], "fill", "--owner", FolioApp.DemoEmail,
            "--sites", "3", "--posts-per-site", "4", "--comments-per-post", "6");

        if (TestDatabase.IsPostgres)
        {
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("SQLite databases only", result.Error);
            return;
        }
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("3/3 sites, 12/12 posts, 72/72 comments", result.Output); // the progress line
        var (title, path, counts) = await app.ForSiteAsync("bench-3", async services =>
        {
            var db = services.GetRequiredService<FolioDbContext>();
            var posts = await db.Posts.OrderByDescending(p => p.PublishedAt).ToListAsync();
            var comments = await db.Comments.ToListAsync();
            return (posts[0].Title, PostPaths.Permalink(posts[0].PublishedAt!.Value, posts[0].Slug), new
            {
                Posts = posts.Count,
                Announced = posts.Count(p => p.Status == PostStatus.Published && p.AnnouncedAt is not null),
                Slugs = posts.Select(p => p.Slug).Distinct().Count(),
                Approved = comments.Count(c => c.Status == CommentStatus.Approved && c.BodyHtml.StartsWith("<p>")),
                Replies = comments.Count(c => c.ParentId is not null),
                Administrators = await db.SiteMembers.CountAsync(m => m.Role == SiteRole.Administrator),
            });
        });
        Assert.Equal(new { Posts = 4, Announced = 4, Slugs = 4, Approved = 24, Replies = 4, Administrators = 1 }, counts);
        Assert.Contains($"Newest post of bench-3: {path}", result.Output);

        var page = await app.ClientFor("bench-3.localhost").GetDocumentAsync(path);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains($"6 thoughts on “{title}”", page.QuerySelector("#comments-heading")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".comment-list .children > li"));
        var home = await app.ClientFor("bench-3.localhost").GetDocumentAsync("/");
        Assert.Equal(4, home.PostTitles().Count);

        var again = await FolioProcess.RunCommandAsync(FolioProcess.BenchDll, app.Database, [], "fill", "--owner", FolioApp.DemoEmail, "--sites", "1");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("choose another --prefix", again.Error);
    }

    [Fact]
    public async Task Bench_dataset_tops_a_site_up_and_gives_its_newest_post_a_discussion_and_likers()
    {
        var owner = await app.CreateSiteAsync("shaped", "Shaped for a benchmark");
        var newest = await app.SavePostAsync("shaped", new SavePost
        {
            AuthorId = owner, Title = "The post under test", Body = "Its own words.", Status = PostStatus.Published, PublishedAt = DateTime.UtcNow.AddMinutes(-1),
        });

        var result = await FolioProcess.RunCommandAsync(FolioProcess.BenchDll, app.Database, [], "dataset", "shaped", "--posts", "12", "--comments", "7", "--likers", "3", "--publish-comments");

        if (TestDatabase.IsPostgres)
        {
            Assert.NotEqual(0, result.ExitCode);
            return;
        }
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"Newest post: {newest} (7 approved comments, 3 likes)", result.Output);
        var moderation = await app.ForSiteAsync("shaped", services =>
            services.GetRequiredService<FolioDbContext>().Sites.Where(s => s.Slug == "shaped").Select(s => s.CommentModeration).SingleAsync());
        Assert.Equal(CommentModeration.PublishDirectly, moderation);

        var page = await app.ClientFor("shaped.localhost").GetDocumentAsync(newest);
        Assert.Contains("7 thoughts on “The post under test”", page.QuerySelector("#comments-heading")!.TextContent);
        Assert.Contains("3 bloggers like this", page.Body!.TextContent);
        var listing = await app.ClientFor("shaped.localhost").GetDocumentAsync("/page/2/");
        Assert.Equal(2, listing.PostTitles().Count); // 12 posts, 10 a page
    }
}
