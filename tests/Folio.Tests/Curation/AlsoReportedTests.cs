using AngleSharp.Dom;
using Folio.Features.Curation;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Curation;

/// <summary>
/// "Also reported by" under a repost names the other publications that carried the story, and
/// the platform's other sites whose reposts of the same article anyone may read; never a draft
/// or anything else a site keeps to itself.
/// </summary>
public sealed class AlsoReportedTests(CurationApp app) : IClassFixture<CurationApp>
{
    private static readonly DateTimeOffset Recently = DateTimeOffset.UtcNow.AddHours(-2);

    [Fact]
    public async Task A_repost_names_the_other_sites_that_reposted_the_same_article_publicly_and_never_a_draft()
    {
        app.Feeds.ServeRss("/shared/wire.xml", "Coast Wire",
            new TestItem("cw-1", "Lighthouse to reopen", "https://coastwire.example/news/lighthouse-reopens", Stories.About("Capeport"), Recently));
        var feed = app.Feeds.Url("/shared/wire.xml");
        await app.CreateSiteAsync("harbourdaily", "Harbour Daily");
        await app.CreateSiteAsync("capenews", "Cape News");
        await app.CreateSiteAsync("quietdesk", "Quiet Desk");
        var harbour = await app.AddSourceAsync("harbourdaily", feed);
        var cape = await app.AddSourceAsync("capenews", feed);
        var quiet = await app.AddSourceAsync("quietdesk", feed, ImportMode.Draft);

        await app.FetchAsync("harbourdaily", harbour.Id);
        var harbourPath = await PathAsync("harbourdaily");
        var alone = await app.ClientFor("harbourdaily.localhost").GetDocumentAsync(harbourPath); // cached from here on
        await app.FetchAsync("quietdesk", quiet.Id);
        await app.FetchAsync("capenews", cape.Id);
        var capePath = await PathAsync("capenews");

        var onHarbour = await app.ClientFor("harbourdaily.localhost").GetDocumentAsync(harbourPath);
        var onCape = await app.ClientFor("capenews.localhost").GetDocumentAsync(capePath);

        Assert.Null(alone.QuerySelector(".also-reported"));
        Assert.Equal([("Cape News", $"http://capenews.localhost{capePath}")], AlsoReported(onHarbour));
        Assert.Equal([("Harbour Daily", $"http://harbourdaily.localhost{harbourPath}")], AlsoReported(onCape));
        Assert.Equal(PostStatus.Draft, Assert.Single(await app.PostsAsync("quietdesk")).Status);
    }

    private async Task<string> PathAsync(string slug)
    {
        var post = Assert.Single(await app.PostsAsync(slug));
        return PostPaths.Permalink(post.PublishedAt!.Value, post.Slug);
    }

    private static List<(string, string?)> AlsoReported(IDocument page) =>
        page.QuerySelectorAll(".also-reported a").Select(link => (link.TextContent, link.GetAttribute("href"))).ToList();
}
