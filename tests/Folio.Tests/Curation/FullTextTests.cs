using Folio.Features.Curation;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Curation;

public sealed class FullTextTests(CurationApp app) : IClassFixture<CurationApp>
{
    private static string ArticlePage(string title) => $"""
        <!DOCTYPE html><html><head><title>{title}</title></head><body>
        <nav><a href="/">Home</a> <a href="/about">About</a></nav>
        <article><h1>{title}</h1>
        {string.Concat(Enumerable.Range(1, 6).Select(n => $"<p>Paragraph {n} of the whole article. {Stories.About("Fulltown")}</p>"))}
        <script>alert('never copied')</script>
        </article>
        <footer>Copyright the publisher</footer></body></html>
        """;

    [Fact]
    public async Task A_teaser_feed_gets_the_article_read_from_its_page_sanitised_and_kept_out_of_search_engines()
    {
        await app.CreateSiteAsync("fulltext", "Full text");
        app.Feeds.Serve("/fulltext/article", "text/html", ArticlePage("Whole article"));
        app.Feeds.ServeRss("/fulltext/feed.xml", "Teasers", new TestItem("t-1", "Whole article", app.Feeds.Url("/fulltext/article"), "Only a teaser…", DateTimeOffset.UtcNow.AddHours(-1)));
        var source = await app.AddSourceAsync("fulltext", app.Feeds.Url("/fulltext/feed.xml"));
        await app.EditRulesAsync("fulltext", source, rules => rules.FullText = true);

        var result = await app.FetchAsync("fulltext", source.Id);

        Assert.Equal("full text read from the article's page", Assert.Single(result.Items).Reason);
        var post = Assert.Single(await app.PostsAsync("fulltext"));
        Assert.Contains("Paragraph 6 of the whole article", post.BodyHtml);
        Assert.DoesNotContain("<script", post.BodyHtml);
        Assert.True(post.NoIndex);
        var page = await app.ClientFor("fulltext.localhost").GetDocumentAsync(PostPaths.Permalink(post.PublishedAt!.Value, post.Slug));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_page_that_robots_txt_forbids_is_not_fetched_and_the_summary_is_kept()
    {
        await app.CreateSiteAsync("robots", "Robots");
        app.Feeds.Serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        app.Feeds.Serve("/private/article", "text/html", ArticlePage("Private article"));
        app.Feeds.ServeRss("/robotsfeed/feed.xml", "Private", new TestItem("p-1", "Private article", app.Feeds.Url("/private/article"), "Only a teaser.", DateTimeOffset.UtcNow.AddHours(-1)));
        var source = await app.AddSourceAsync("robots", app.Feeds.Url("/robotsfeed/feed.xml"));
        await app.EditRulesAsync("robots", source, rules => rules.FullText = true);

        var result = await app.FetchAsync("robots", source.Id);

        Assert.Contains("robots.txt", Assert.Single(result.Items).Reason);
        Assert.Equal((0, 0), app.Feeds.Answers("/private/article"));
        var post = Assert.Single(await app.PostsAsync("robots"));
        Assert.Contains("Only a teaser.", post.BodyHtml);
        Assert.False(post.NoIndex);
    }
}
