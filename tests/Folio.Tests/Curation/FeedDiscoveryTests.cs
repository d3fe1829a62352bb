using Folio.Features.Curation.Feeds;

namespace Folio.Tests.Curation;

public sealed class FeedDiscoveryTests
{
    [Fact]
    public void Finds_each_announced_feed_once_resolved_against_the_base()
    {
        var feeds = FeedDiscovery.Find(Samples.Text("page.html"), new Uri("https://harbour.example/blog/about/"));

        Assert.Equal(
            [
                new DiscoveredFeed(new Uri("https://harbour.example/blog/feed/"), "Harbour Notes (RSS)", "application/rss+xml"),
                new DiscoveredFeed(new Uri("https://harbour.example/feed/atom/"), "Harbour Notes (Atom)", "application/atom+xml"),
                new DiscoveredFeed(new Uri("https://harbour.example/feed/json/"), null, "application/feed+json"),
            ],
            feeds);
    }

    [Fact]
    public void Without_a_base_links_resolve_against_the_page()
    {
        var html = "<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\"></head></html>";

        var feed = Assert.Single(FeedDiscovery.Find(html, new Uri("https://a.example/blog/post")));
        Assert.Equal(new Uri("https://a.example/blog/atom.xml"), feed.Url);
    }

    [Fact]
    public void A_page_without_feeds_has_none()
    {
        Assert.Empty(FeedDiscovery.Find("<p>no head at all", new Uri("https://a.example/")));
    }
}
