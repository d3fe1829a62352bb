using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Feeds;

public sealed class FeedTests(FeedTests.FeedSite site) : IClassFixture<FeedTests.FeedSite>
{
    /// <summary>Everything that breaks naive XML writers: markup that stays text (no inline tag of PostTitles), a CDATA end, control characters.</summary>
    private const string NastyTitle = "Fish & Chips <div>box</div> ]]> \u0001bell\u0007 \"quoted\" 'single' \uD83D\uDE00";
    private const string CleanedTitle = "Fish & Chips <div>box</div> ]]> bell \"quoted\" 'single' \uD83D\uDE00";

    public sealed class FeedSite : FolioApp, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            var author = await CreateSiteAsync("syndicated", "Feeds & <Things>");
            await SavePostAsync("syndicated", new SavePost
            {
                AuthorId = author, Title = NastyTitle, Status = PostStatus.Published,
                Body = "Body with ]]> and <script>alert(1)</script> and \u0002 a control character.",
                Categories = ["Food"], Tags = ["Fried"],
                OriginalUrl = "https://example.org/fish", SourceName = "Chip Shop Weekly",
            });
            await SavePostAsync("syndicated", new SavePost { AuthorId = author, Title = "Plain post", Status = PostStatus.Published, Categories = ["Other"] });
            await SavePostAsync("syndicated", new SavePost
            {
                AuthorId = author, Title = "Pictures and links", Status = PostStatus.Published, BodyFormat = BodyFormat.Html,
                Body = "<p>See <a href=\"/about/\">about us</a> and <a href=\"#notes\">the notes</a>.</p>" +
                    "<p><img src=\"/media/harbour.png\" alt=\"The harbour\"></p><blockquote cite=\"/sources/\">Quoted.</blockquote>",
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private HttpClient Client => site.ClientFor("syndicated.localhost");

    public static TheoryData<string> XmlFeeds => ["/feed/", "/feed/rss2/", "/feed/atom/", "/category/food/feed/", "/tag/fried/feed/atom/"];

    [Theory]
    [MemberData(nameof(XmlFeeds))]
    public async Task Xml_feed_is_well_formed_and_loads_as_syndication(string path)
    {
        var bytes = await Client.GetByteArrayAsync(path);

        using (var strict = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true }))
            while (strict.Read()) { }

        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var feed = SyndicationFeed.Load(reader);
        var titles = feed.Items.Select(item => item.Title.Text).ToList();
        Assert.Contains(CleanedTitle, titles);
        Assert.Equal("Feeds & <Things>", feed.Title.Text.Split(" » ")[0]);
    }

    [Fact]
    public async Task Category_feed_holds_only_its_posts()
    {
        using var reader = XmlReader.Create(new MemoryStream(await Client.GetByteArrayAsync("/category/other/feed/")));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(["Plain post"], feed.Items.Select(item => item.Title.Text));
    }

    [Fact]
    public async Task Rss_item_carries_the_sanitised_body_author_and_permalink()
    {
        using var reader = XmlReader.Create(new MemoryStream(await Client.GetByteArrayAsync("/feed/")));
        var item = SyndicationFeed.Load(reader).Items.Single(i => i.Title.Text == CleanedTitle);

        var body = item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").Single();
        Assert.Contains("Body with ]]&gt; and", body);
        Assert.DoesNotContain("<script", body);
        Assert.StartsWith("http://syndicated.localhost/", item.Links.First(l => l.RelationshipType is null or "alternate").Uri.ToString());
        Assert.Equal("Owner of syndicated", item.ElementExtensions.ReadElementExtensions<string>("creator", "http://purl.org/dc/elements/1.1/").Single());
    }

    [SkippableTheory]
    [InlineData("/feed/", "content:encoded", "content")]
    [InlineData("/feed/atom/", "content", "summary")]
    public async Task A_feed_reader_gets_the_summary_and_the_whole_post_with_every_address_absolute(string path, string htmlField, string summaryField)
    {
        FeedReader.SkipUnlessAvailable();

        var feed = await FeedReader.ReadAsync(await Client.GetStringAsync(path));

        var item = feed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Pictures and links");
        var permalink = item.GetProperty("link").GetString()!;
        var html = item.GetProperty(htmlField).GetString()!;
        Assert.StartsWith("http://syndicated.localhost/", permalink);
        Assert.Contains("<a href=\"http://syndicated.localhost/about/\">about us</a>", html);
        Assert.Contains($"<a href=\"{permalink}#notes\">the notes</a>", html);
        Assert.Contains("src=\"http://syndicated.localhost/media/harbour.png\"", html);
        Assert.Contains("cite=\"http://syndicated.localhost/sources/\"", html);
        Assert.Equal("See about us and the notes. Quoted.", item.GetProperty(summaryField).GetString());
    }

    [Fact]
    public async Task Json_feed_items_carry_every_address_absolute()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/feed/json/"));

        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Pictures and links");
        var html = item.GetProperty("content_html").GetString()!;
        Assert.Contains("<a href=\"http://syndicated.localhost/about/\">about us</a>", html);
        Assert.Contains("src=\"http://syndicated.localhost/media/harbour.png\"", html);
        Assert.Equal("See about us and the notes. Quoted.", item.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Json_feed_follows_version_1_1()
    {
        var response = await Client.GetAsync("/feed/json/");
        Assert.Equal("application/feed+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("http://syndicated.localhost/feed/json/", root.GetProperty("feed_url").GetString());
        var item = root.GetProperty("items").EnumerateArray().Single(i => i.TryGetProperty("external_url", out _));
        Assert.Equal(NastyTitle, item.GetProperty("title").GetString());
        Assert.Equal("https://example.org/fish", item.GetProperty("external_url").GetString());
        Assert.StartsWith("http://syndicated.localhost/", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Every_page_advertises_its_feeds()
    {
        foreach (var path in new[] { "/", "/category/food/" })
        {
            var page = await Client.GetDocumentAsync(path);
            var feeds = page.QuerySelectorAll("link[rel=alternate]").Select(link => (link.GetAttribute("type"), link.GetAttribute("href"))).ToList();
            Assert.Contains(("application/rss+xml", "/feed/"), feeds);
            Assert.Contains(("application/atom+xml", "/feed/atom/"), feeds);
            Assert.Contains(("application/feed+json", "/feed/json/"), feeds);
        }
    }

    [Fact]
    public async Task Robots_txt_points_crawlers_to_the_sitemap()
    {
        var robots = await Client.GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: http://syndicated.localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task The_sitemap_lists_posts_and_pages_but_not_reposts_marked_noindex()
    {
        var author = await site.QuerySiteAsync("syndicated", db => db.Posts.Select(p => p.AuthorId).FirstAsync());
        var repost = await site.SavePostAsync("syndicated", new SavePost
        {
            AuthorId = author, Title = "Wire story kept out of search", Status = PostStatus.Published, NoIndex = true,
            OriginalUrl = "https://example.org/wire", SourceName = "The Wire",
        });
        var page = await site.SavePostAsync("syndicated", new SavePost { AuthorId = author, Kind = PostKind.Page, Title = "Contact us", Status = PostStatus.Published });

        var sitemap = XDocument.Parse(await Client.GetStringAsync("/sitemap.xml"));
        var locations = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(loc => new Uri(loc.Value).AbsolutePath).ToList();

        Assert.Contains(page, locations);
        Assert.Contains("/category/food/", locations);
        Assert.Contains(locations, path => path.EndsWith("/plain-post/"));
        Assert.DoesNotContain(repost, locations);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(repost)).StatusCode); // out of the sitemap, not off the site
    }

    [Fact]
    public async Task Feed_of_a_missing_category_is_not_found()
    {
        var response = await Client.GetAsync("/category/missing/feed/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
