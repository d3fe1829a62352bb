using Folio.Features.Curation;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Curation;

public sealed class SourceHealthTests(CurationApp app) : IClassFixture<CurationApp>
{
    private static readonly DateTimeOffset Recently = DateTimeOffset.UtcNow.AddHours(-1);

    [Fact]
    public async Task A_hostile_feed_records_a_clear_error_and_the_site_other_source_still_imports()
    {
        await app.CreateSiteAsync("hostile", "Hostile");
        app.Feeds.ServeRss("/hostile/good.xml", "Good News", new TestItem("h-1", "Good story", "http://good.example/1", "Teaser.", Recently));
        app.Feeds.ServeRss("/hostile/bad.xml", "Soon Bad", new TestItem("h-2", "Bad story", "http://bad.example/1", "Teaser.", Recently));
        var bad = await app.AddSourceAsync("hostile", app.Feeds.Url("/hostile/bad.xml"));
        var good = await app.AddSourceAsync("hostile", app.Feeds.Url("/hostile/good.xml"));
        app.Feeds.Serve("/hostile/bad.xml", "application/rss+xml", Samples.Text("billion-laughs.xml"));

        await app.Services.GetRequiredService<SourcePoller>().PollDueAsync(CancellationToken.None);

        var badHealth = await app.SourceAsync("hostile", bad.Id);
        Assert.Equal("failed", badHealth.LastResult);
        Assert.Contains("DTD", badHealth.LastError);
        Assert.Equal(1, badHealth.ConsecutiveFailures);
        var goodHealth = await app.SourceAsync("hostile", good.Id);
        Assert.Null(goodHealth.LastError);
        Assert.Equal(1, goodHealth.ItemsImported);
        Assert.Equal("Good story", Assert.Single(await app.PostsAsync("hostile")).Title);
    }

    [Fact]
    public async Task A_failing_source_backs_off_longer_after_each_failure_and_recovers()
    {
        await app.CreateSiteAsync("backoff", "Back-off");
        app.Feeds.ServeRss("/backoff/feed.xml", "Flaky News", new TestItem("b-1", "Flaky", "http://flaky.example/1", "Teaser.", Recently));
        var source = await app.AddSourceAsync("backoff", app.Feeds.Url("/backoff/feed.xml"));
        app.Feeds.Serve("/backoff/feed.xml", "text/plain", "down for maintenance", status: 503);

        var first = await app.FetchAsync("backoff", source.Id);
        var afterFirst = await app.SourceAsync("backoff", source.Id);
        await app.FetchAsync("backoff", source.Id);
        var afterSecond = await app.SourceAsync("backoff", source.Id);

        Assert.Contains("503", first.Error);
        Assert.Contains("503", afterFirst.LastError);
        Assert.Equal(2, afterSecond.ConsecutiveFailures);
        // 60-minute interval: 2 hours after one failure, 4 after two.
        Assert.InRange(afterFirst.NextFetchAt - afterFirst.LastFetchedAt!.Value, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(121));
        Assert.InRange(afterSecond.NextFetchAt - afterSecond.LastFetchedAt!.Value, TimeSpan.FromMinutes(239), TimeSpan.FromMinutes(241));

        app.Feeds.ServeRss("/backoff/feed.xml", "Flaky News", new TestItem("b-1", "Flaky", "http://flaky.example/1", "Teaser.", Recently));
        await app.FetchAsync("backoff", source.Id);
        var recovered = await app.SourceAsync("backoff", source.Id);
        Assert.Equal(0, recovered.ConsecutiveFailures);
        Assert.Null(recovered.LastError);
        Assert.Equal(1, recovered.ItemsImported);
    }

    [Theory]
    [InlineData(1, 60, 120)]
    [InlineData(3, 60, 480)]
    [InlineData(10, 60, 24 * 60)]
    [InlineData(1000, 15, 24 * 60)]
    public void Back_off_doubles_per_failure_up_to_a_day(int failures, int pollMinutes, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), BackOff.After(failures, pollMinutes, TimeSpan.FromHours(24)));
}

public sealed class PollerTests(PollingCurationApp app) : IClassFixture<PollingCurationApp>
{
    [Fact]
    public async Task The_poller_imports_a_new_source_without_anyone_visiting_a_page()
    {
        await app.CreateSiteAsync("polled", "Polled");
        app.Feeds.ServeRss("/polled/feed.xml", "Polled News",
            new TestItem("p-1", "Arrived by itself", "http://polled.example/1", "Teaser.", DateTimeOffset.UtcNow.AddHours(-1)));

        await app.AddSourceAsync("polled", app.Feeds.Url("/polled/feed.xml"));

        await app.RunRoundAsync<SourcePoller>();
        Assert.Equal("Arrived by itself", Assert.Single(await app.PostsAsync("polled")).Title);
    }
}
