using Folio.Features.Curation;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Curation;

public sealed class OriginalCheckerTests(CurationApp app) : IClassFixture<CurationApp>
{
    [Fact]
    public async Task A_repost_whose_original_is_gone_links_to_the_archived_copy_and_one_still_there_does_not()
    {
        await app.CreateSiteAsync("rechecked", "Rechecked");
        app.Feeds.Serve("/rechecked/alive", "text/html", "<!DOCTYPE html><html><head><title>Alive</title></head><body>Still here</body></html>");
        app.Feeds.Serve("/rechecked/dead", "text/html", "<!DOCTYPE html><html><head><title>Dead</title></head><body>Soon gone</body></html>");
        app.Feeds.ServeRss("/rechecked/feed.xml", "Recheck News",
            new TestItem("a", "Alive story", app.Feeds.Url("/rechecked/alive"), "A teaser.", DateTimeOffset.UtcNow.AddHours(-1)),
            new TestItem("d", "Dead story", app.Feeds.Url("/rechecked/dead"), "Another teaser.", DateTimeOffset.UtcNow.AddHours(-1)));
        var source = await app.AddSourceAsync("rechecked", app.Feeds.Url("/rechecked/feed.xml"));
        await app.FetchAsync("rechecked", source.Id);
        app.Feeds.Serve("/rechecked/dead", "text/html", "gone", status: 410);
        // Reposted more than a week ago: due a look.
        await app.QuerySiteAsync("rechecked", db => db.CuratedOriginals
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.CreatedAt, x => x.CreatedAt.AddDays(-8))));

        await app.Services.GetRequiredService<OriginalChecker>().CheckDueAsync(CancellationToken.None);

        var client = app.ClientFor("rechecked.localhost");
        var posts = (await app.PostsAsync("rechecked")).ToDictionary(p => p.Title);
        var dead = await client.GetDocumentAsync(PostPaths.Permalink(posts["Dead story"].PublishedAt!.Value, posts["Dead story"].Slug));
        var alive = await client.GetDocumentAsync(PostPaths.Permalink(posts["Alive story"].PublishedAt!.Value, posts["Alive story"].Slug));
        Assert.Equal($"https://web.archive.org/web/{app.Feeds.Url("/rechecked/dead")}",
            dead.QuerySelectorAll("a").Single(a => a.TextContent == "read the archived copy").GetAttribute("href"));
        Assert.Null(alive.QuerySelector(".original-gone"));
    }
}
