using Folio.Features.Curation;

namespace Folio.Tests.Curation;

public sealed class AddSourceTests(CurationApp app) : IClassFixture<CurationApp>
{
    [Fact]
    public async Task A_source_is_added_by_its_feed_address_or_by_a_page_that_names_its_feed()
    {
        await app.CreateSiteAsync("adder", "Adder");
        app.Feeds.ServeRss("/add/feed.xml", "Harbour Gazette");
        app.Feeds.Serve("/add/", "text/html", $"""
            <!DOCTYPE html><html><head><title>Gazette</title>
            <link rel="alternate" type="application/rss+xml" title="Gazette" href="/add/page-feed.xml"></head><body>News</body></html>
            """);
        app.Feeds.ServeRss("/add/page-feed.xml", "Gazette via its page");

        var byFeed = await app.AddSourceAsync("adder", app.Feeds.Url("/add/feed.xml"));
        var byPage = await app.AddSourceAsync("adder", app.Feeds.Url("/add/"));

        Assert.Equal("Harbour Gazette", byFeed.Name);
        Assert.Equal(app.Feeds.Url("/add/page-feed.xml"), byPage.FeedUrl);
        Assert.Equal("Gazette via its page", byPage.Name);
    }

    [Fact]
    public async Task A_page_without_a_feed_or_a_feed_followed_already_is_refused_with_a_reason()
    {
        await app.CreateSiteAsync("refuser", "Refuser");
        app.Feeds.Serve("/refuse/", "text/html", "<!DOCTYPE html><html><head><title>No feed</title></head><body>Hello</body></html>");
        app.Feeds.ServeRss("/refuse/feed.xml", "Once");
        await app.AddSourceAsync("refuser", app.Feeds.Url("/refuse/feed.xml"));

        var noFeed = await AddAsync("refuser", app.Feeds.Url("/refuse/"));
        var twice = await AddAsync("refuser", app.Feeds.Url("/refuse/feed.xml"));
        var notHttp = await AddAsync("refuser", "ftp://example.org/feed");

        Assert.Contains("No feed found", noFeed.Error);
        Assert.Contains("already a source", twice.Error);
        Assert.Contains("http://", notHttp.Error);
    }

    [Fact]
    public async Task An_opml_list_adds_each_feed_and_reports_those_it_skipped()
    {
        await app.CreateSiteAsync("opml", "OPML");
        var opml = $"""
            <?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
            <outline text="News"><outline text="One" xmlUrl="https://one.example/feed"/><outline text="Two" xmlUrl="https://two.example/rss"/></outline>
            <outline text="One again" xmlUrl="https://one.example/feed"/>
            </body></opml>
            """;
        var first = await app.ForSiteAsync("opml", s => s.GetRequiredService<ImportOpmlHandler>().HandleAsync(new ImportOpml(System.Text.Encoding.UTF8.GetBytes(opml))));
        var again = await app.ForSiteAsync("opml", s => s.GetRequiredService<ImportOpmlHandler>().HandleAsync(new ImportOpml(System.Text.Encoding.UTF8.GetBytes(opml))));

        Assert.Equal(2, first.Added.Count);
        Assert.Empty(first.Skipped);
        Assert.Empty(again.Added);
        Assert.Equal(2, again.Skipped.Count);
        Assert.All(again.Skipped, line => Assert.Contains("already a source", line));
    }

    private Task<AddSourceResult> AddAsync(string slug, string url) =>
        app.ForSiteAsync(slug, s => s.GetRequiredService<AddSourceHandler>().HandleAsync(new AddSource(url)));
}
