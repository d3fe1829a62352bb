using System.Net;
using Folio.Data;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Folio.Tests.Posts;

/// <summary>
/// A scheduled post goes live when its time comes, with no restart, on a clock the test moves:
/// a busy machine can neither make it look early nor late.
/// </summary>
public sealed class ScheduledPostTests(ScheduledPostTests.StoppedClockApp app) : IClassFixture<ScheduledPostTests.StoppedClockApp>
{
    /// <summary>Folio on a clock that stands still until the test moves it.</summary>
    public sealed class StoppedClockApp : FolioApp
    {
        public override FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Scheduled_post_appears_when_its_time_comes_without_a_restart()
    {
        var author = await app.DemoBloggerIdAsync();
        var client = app.DemoClient();
        var goLive = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5);
        var path = await app.SavePostAsync("demo", new SavePost
        {
            AuthorId = author, Title = "From the future", Body = "Scheduled.", Status = PostStatus.Scheduled, PublishedAt = goLive,
        });

        // Before its time: not at its permalink, not on the (now cached) home page, not in the feed.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        Assert.DoesNotContain("From the future", (await client.GetDocumentAsync("/")).PostTitles());
        Assert.DoesNotContain("From the future", await client.GetStringAsync("/feed/"));

        app.Clock.Advance(TimeSpan.FromMinutes(6));
        // The publisher runs on the server's own timer: the move above was its time; this waits for its round.
        await app.RunRoundAsync<ScheduledPostPublisher>();

        Assert.Contains("From the future", (await client.GetDocumentAsync("/")).PostTitles());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        Assert.Contains("From the future", await client.GetStringAsync("/feed/"));
        var post = await app.QuerySiteAsync("demo", db => db
            .Posts.Where(p => p.Title == "From the future").Select(p => new { p.Status, p.PublishedAt }).SingleAsync());
        Assert.Equal(PostStatus.Published, post.Status);
        Assert.Equal(goLive, post.PublishedAt!.Value, TimeSpan.FromSeconds(1));
    }
}
