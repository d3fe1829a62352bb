using Folio.Features.Curation;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Curation;

public sealed class ImportTests(CurationApp app) : IClassFixture<CurationApp>
{
    private static readonly DateTimeOffset Recently = DateTimeOffset.UtcNow.AddHours(-2);

    [Fact]
    public async Task An_imported_post_links_to_the_original_and_names_its_source_and_author()
    {
        await app.CreateSiteAsync("importer", "Importer");
        app.Feeds.ServeRss("/import/feed.xml", "Harbour Gazette",
            new TestItem("g-1", "Council approves harbour plan", "http://news.example/harbour-plan", Stories.About("Portville"), Recently, "Ada Reporter"));
        var source = await app.AddSourceAsync("importer", app.Feeds.Url("/import/feed.xml"));

        var result = await app.FetchAsync("importer", source.Id);

        var item = Assert.Single(result.Items);
        Assert.Equal(ItemOutcome.Imported, item.Outcome);
        var post = Assert.Single(await app.PostsAsync("importer"));
        Assert.Equal(PostStatus.Published, post.Status);
        var page = await app.ClientFor("importer.localhost").GetDocumentAsync(PostPaths.Permalink(post.PublishedAt!.Value, post.Slug));
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Read original article here");
        Assert.Equal("http://news.example/harbour-plan", link.GetAttribute("href"));
        Assert.Contains("Harbour Gazette", page.QuerySelector(".attribution")!.TextContent);
        Assert.Contains("Ada Reporter", page.QuerySelector(".attribution")!.TextContent);
        Assert.Equal("http://news.example/harbour-plan", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("\"isBasedOn\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task The_site_words_its_attribution_with_the_source_and_author_in_it()
    {
        await app.CreateSiteAsync("worded", "Worded");
        await app.UpdateSiteAsync("worded", site => site.AttributionText = "Read {author}'s story at {source}.");
        app.Feeds.ServeRss("/worded/feed.xml", "Harbour Gazette",
            new TestItem("w-1", "Worded story", "http://news.example/worded", Stories.About("Wordham"), Recently, "Ada Reporter"));
        var source = await app.AddSourceAsync("worded", app.Feeds.Url("/worded/feed.xml"));
        await app.FetchAsync("worded", source.Id);

        var post = Assert.Single(await app.PostsAsync("worded"));
        var page = await app.ClientFor("worded.localhost").GetDocumentAsync(PostPaths.Permalink(post.PublishedAt!.Value, post.Slug));
        Assert.Contains(page.QuerySelectorAll(".original-link a"), a => a.TextContent == "Read Ada Reporter's story at Harbour Gazette");
    }

    [Fact]
    public async Task Fetching_again_imports_nothing_twice()
    {
        await app.CreateSiteAsync("rerun", "Rerun");
        app.Feeds.ServeRss("/rerun/feed.xml", "Rerun News",
            new TestItem("r-1", "First", "http://rerun.example/1", "The first story.", Recently),
            new TestItem("r-2", "Second", "http://rerun.example/2", "The second story.", Recently));
        var source = await app.AddSourceAsync("rerun", app.Feeds.Url("/rerun/feed.xml"));

        var first = await app.FetchAsync("rerun", source.Id);
        // A changed document (a new ETag) with the same items: they must still not come twice.
        app.Feeds.ServeRss("/rerun/feed.xml", "Rerun News, renamed",
            new TestItem("r-1", "First", "http://rerun.example/1", "The first story.", Recently),
            new TestItem("r-2", "Second", "http://rerun.example/2", "The second story.", Recently));
        var second = await app.FetchAsync("rerun", source.Id);

        Assert.Equal(2, first.Items.Count(i => i.Outcome == ItemOutcome.Imported));
        Assert.True(second.Succeeded, second.Error);
        Assert.Empty(second.Items);
        Assert.Equal(2, (await app.PostsAsync("rerun")).Count);
        Assert.Equal(2, (await app.SourceAsync("rerun", source.Id)).ItemsImported);
    }

    [Fact]
    public async Task Two_fetches_of_the_same_source_at_once_import_each_item_once()
    {
        await app.CreateSiteAsync("racer", "Racer");
        var items = Enumerable.Range(1, 12)
            .Select(n => new TestItem($"race-{n}", $"Race story {n}", $"http://race.example/{n}", $"Short teaser number {n}.", Recently)).ToArray();
        app.Feeds.ServeRss("/race/feed.xml", "Race News", items);
        var source = await app.AddSourceAsync("racer", app.Feeds.Url("/race/feed.xml"));

        var results = await Task.WhenAll(app.FetchAsync("racer", source.Id), app.FetchAsync("racer", source.Id));

        Assert.All(results, result => Assert.True(result.Succeeded, result.Error));
        Assert.Equal(12, results.Sum(r => r.Items.Count(i => i.Outcome == ItemOutcome.Imported)));
        var posts = await app.PostsAsync("racer");
        Assert.Equal(12, posts.Count);
        Assert.Equal(12, posts.Select(p => p.OriginalUrl).Distinct().Count());
        Assert.Equal(12, (await app.ItemsAsync("racer")).Count);
    }

    [Fact]
    public async Task The_same_story_in_three_feeds_becomes_one_post_that_names_the_others()
    {
        await app.CreateSiteAsync("samestory", "Same story");
        var story = Stories.About("Harbourton");
        app.Feeds.ServeRss("/same/a.xml", "Alpha Times", new TestItem("a-1", "Harbour plan approved", "https://www.alpha.example/news/harbour-plan/", story, Recently));
        app.Feeds.ServeRss("/same/b.xml", "Beta Post", new TestItem("b-1", "Harbour plan passes", "http://alpha.example/news/harbour-plan?utm_source=beta&utm_medium=rss#top", story, Recently));
        app.Feeds.ServeRss("/same/c.xml", "Gamma Wire", new TestItem("c-1", "Council backs harbour plan", "https://gamma.example/wire/8812", Stories.About("Harbourton", "hundreds of").Replace("Tuesday", "tuesday").Replace("spring,", "spring;").Replace("debate", "arguments"), Recently));
        var a = await app.AddSourceAsync("samestory", app.Feeds.Url("/same/a.xml"));
        var b = await app.AddSourceAsync("samestory", app.Feeds.Url("/same/b.xml"));
        var c = await app.AddSourceAsync("samestory", app.Feeds.Url("/same/c.xml"));

        await app.FetchAsync("samestory", a.Id);
        var fromB = await app.FetchAsync("samestory", b.Id);
        var fromC = await app.FetchAsync("samestory", c.Id);

        Assert.Equal(ItemOutcome.Duplicate, Assert.Single(fromB.Items).Outcome);
        Assert.Equal(ItemOutcome.Duplicate, Assert.Single(fromC.Items).Outcome);
        Assert.Contains("nearly the same text", fromC.Items[0].Reason);
        var post = Assert.Single(await app.PostsAsync("samestory"));
        var page = await app.ClientFor("samestory.localhost").GetDocumentAsync(PostPaths.Permalink(post.PublishedAt!.Value, post.Slug));
        var also = page.QuerySelector(".also-reported")!;
        Assert.Contains("Also reported by", also.TextContent);
        Assert.Equal(["Beta Post", "Gamma Wire"], also.QuerySelectorAll("a").Select(link => link.TextContent).Order().ToArray());
    }

    [Fact]
    public async Task The_same_story_from_six_feeds_fetched_at_once_becomes_one_post()
    {
        await app.CreateSiteAsync("wirerace", "Wire race");
        var sources = new List<long>();
        foreach (var n in Enumerable.Range(1, 6))
        {
            // Six addresses, six headlines, one wire story: only the text can tell they are the same.
            app.Feeds.ServeRss($"/wirerace/{n}.xml", $"Paper {n}",
                new TestItem($"w-{n}", $"Harbour vote, take {n}", $"https://paper{n}.example/story/{n}", Stories.About("Saltmere"), Recently));
            sources.Add((await app.AddSourceAsync("wirerace", app.Feeds.Url($"/wirerace/{n}.xml"))).Id);
        }

        var results = await Task.WhenAll(sources.Select(id => app.FetchAsync("wirerace", id)));

        Assert.Equal(1, results.Sum(r => r.Items.Count(i => i.Outcome == ItemOutcome.Imported)));
        Assert.Equal(5, results.Sum(r => r.Items.Count(i => i.Outcome == ItemOutcome.Duplicate)));
        Assert.Single(await app.PostsAsync("wirerace"));
    }

    [Fact]
    public async Task Filters_and_the_age_limit_skip_items_with_the_reason()
    {
        await app.CreateSiteAsync("filtered", "Filtered");
        app.Feeds.ServeRss("/filter/feed.xml", "Mixed News",
            new TestItem("f-1", "Harbour news", "http://mixed.example/1", "The harbour reopens after repairs.", Recently),
            new TestItem("f-2", "Football results", "http://mixed.example/2", "A harbour team lost at football again.", Recently),
            new TestItem("f-3", "Weather", "http://mixed.example/3", "Rain tomorrow, says the forecast.", Recently),
            new TestItem("f-4", "Old harbour story", "http://mixed.example/4", "The harbour was built long ago.", DateTimeOffset.UtcNow.AddDays(-40)));
        var source = await app.AddSourceAsync("filtered", app.Feeds.Url("/filter/feed.xml"));
        await app.EditRulesAsync("filtered", source, rules =>
        {
            rules.IncludeWords = "harbour\nport";
            rules.ExcludeWords = "football";
            rules.MaxAgeDays = 14;
        });

        var result = await app.FetchAsync("filtered", source.Id);

        var byTitle = result.Items.ToDictionary(i => i.Title);
        Assert.Equal(ItemOutcome.Imported, byTitle["Harbour news"].Outcome);
        Assert.Equal(ItemOutcome.Filtered, byTitle["Football results"].Outcome);
        Assert.Contains("football", byTitle["Football results"].Reason);
        Assert.Equal(ItemOutcome.Filtered, byTitle["Weather"].Outcome);
        Assert.Contains("none of the words", byTitle["Weather"].Reason);
        Assert.Equal(ItemOutcome.TooOld, byTitle["Old harbour story"].Outcome);
        Assert.Contains("40 days ago", byTitle["Old harbour story"].Reason);
        Assert.Single(await app.PostsAsync("filtered"));
        Assert.Equal("1 imported, 3 skipped", (await app.SourceAsync("filtered", source.Id)).LastResult);
    }

    [Fact]
    public async Task A_summary_is_cut_at_a_word_boundary_and_drafts_wait_for_an_editor()
    {
        await app.CreateSiteAsync("summary", "Summary");
        app.Feeds.ServeRss("/summary/feed.xml", "Long Reads", new TestItem("s-1", "Long read", "http://long.example/1", Stories.About("Longford"), Recently));
        var source = await app.AddSourceAsync("summary", app.Feeds.Url("/summary/feed.xml"), ImportMode.Draft);
        await app.EditRulesAsync("summary", source, rules => rules.ExcerptLength = 100);

        await app.FetchAsync("summary", source.Id);

        var post = Assert.Single(await app.PostsAsync("summary"));
        Assert.Equal(PostStatus.Draft, post.Status);
        var text = PostBodyRenderer.ToPlainText(post.BodyHtml, int.MaxValue);
        Assert.True(text.Length <= 101, text);
        Assert.EndsWith("…", text);
        Assert.StartsWith(Stories.About("Longford")[..(text.Length - 1)].TrimEnd(), text.TrimEnd('…'));
    }

    [Fact]
    public async Task A_feed_that_has_not_changed_is_not_downloaded_or_imported_again()
    {
        await app.CreateSiteAsync("conditional", "Conditional");
        app.Feeds.ServeRss("/conditional/feed.xml", "Etag News", new TestItem("e-1", "Tagged", "http://etag.example/1", "Teaser.", Recently));
        var source = await app.AddSourceAsync("conditional", app.Feeds.Url("/conditional/feed.xml"));
        var fullBefore = app.Feeds.Answers("/conditional/feed.xml").Full;

        await app.FetchAsync("conditional", source.Id);
        var second = await app.FetchAsync("conditional", source.Id);

        Assert.True(second.Succeeded, second.Error);
        Assert.Empty(second.Items);
        Assert.Equal((fullBefore + 1, 1), app.Feeds.Answers("/conditional/feed.xml"));
        var health = await app.SourceAsync("conditional", source.Id);
        Assert.Equal("not modified since the last fetch", health.LastResult);
        Assert.Single(await app.PostsAsync("conditional"));
    }

    [Fact]
    public async Task Imported_posts_go_in_the_source_category_with_its_tags_by_the_site_administrator()
    {
        var ownerId = await app.CreateSiteAsync("mapped", "Mapped");
        app.Feeds.ServeRss("/mapped/feed.xml", "Mapped News", new TestItem("m-1", "Mapped story", "http://mapped.example/1", "A teaser.", Recently));
        var source = await app.AddSourceAsync("mapped", app.Feeds.Url("/mapped/feed.xml"));
        await app.EditRulesAsync("mapped", source, rules => (rules.Category, rules.Tags) = ("World", "wire, harbour news"));

        await app.FetchAsync("mapped", source.Id);

        var post = Assert.Single(await app.PostsAsync("mapped"));
        Assert.Equal(ownerId, post.AuthorId);
        var page = await app.ClientFor("mapped.localhost").GetDocumentAsync(PostPaths.Permalink(post.PublishedAt!.Value, post.Slug));
        Assert.Contains(page.QuerySelectorAll("a[rel~=category], a[href^='/category/']"), a => a.TextContent.Trim() == "World");
        Assert.Equal(["harbour news", "wire"], page.QuerySelectorAll(".post-tags a").Select(a => a.TextContent.Trim()).Order().ToArray());
    }
}
