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
    public async Task Two_teasers_of_one_wire_story_whose_pages_carry_the_same_article_become_one_repost_that_names_the_other()
    {
        await app.CreateSiteAsync("wireteasers", "Wire teasers");
        // Each paper writes its own short teaser and headline; the story on their pages is the wire's.
        app.Feeds.Serve("/north/harbour-vote", "text/html", ArticlePage("Harbour vote goes ahead"));
        app.Feeds.Serve("/south/council-backs-harbour", "text/html", ArticlePage("Council backs harbour plan"));
        app.Feeds.ServeRss("/north/feed.xml", "North Herald", new TestItem("n-1", "Harbour vote goes ahead", app.Feeds.Url("/north/harbour-vote"), "Councillors said yes last night…", DateTimeOffset.UtcNow.AddHours(-2)));
        app.Feeds.ServeRss("/south/feed.xml", "South Courier", new TestItem("s-1", "Council backs harbour plan", app.Feeds.Url("/south/council-backs-harbour"), "A plan for the waterfront wins the vote. Read more", DateTimeOffset.UtcNow.AddHours(-1)));
        var north = await app.AddSourceAsync("wireteasers", app.Feeds.Url("/north/feed.xml"));
        var south = await app.AddSourceAsync("wireteasers", app.Feeds.Url("/south/feed.xml"));
        await app.EditRulesAsync("wireteasers", north, rules => rules.FullText = true);
        await app.EditRulesAsync("wireteasers", south, rules => rules.FullText = true);

        var first = await app.FetchAsync("wireteasers", north.Id);
        var second = await app.FetchAsync("wireteasers", south.Id);

        Assert.Equal(ItemOutcome.Imported, Assert.Single(first.Items).Outcome);
        Assert.Equal(ItemOutcome.Duplicate, Assert.Single(second.Items).Outcome);
        Assert.Contains("nearly the same text", second.Items[0].Reason);
        var post = Assert.Single(await app.PostsAsync("wireteasers"));
        var page = await app.ClientFor("wireteasers.localhost").GetDocumentAsync(PostPaths.Permalink(post.PublishedAt!.Value, post.Slug));
        var also = page.QuerySelector(".also-reported")!;
        Assert.Equal(("South Courier", app.Feeds.Url("/south/council-backs-harbour")), (also.QuerySelector("a")!.TextContent, also.QuerySelector("a")!.GetAttribute("href")));
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
