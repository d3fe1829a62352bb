using System.Net;
using System.Text.RegularExpressions;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Fleet;

/// <summary>
/// Any number of servers behave as one (docs/architecture.md, principle 7): a write on one is seen through
/// the other, a login on one holds on the other, rate limits count across both, and background
/// work is done once. Runs in CI's PostgreSQL pass; .ci/run leaves the "Fleet" category out of
/// the SQLite pass.
/// </summary>
[Trait("Category", "Fleet")]
public sealed partial class FleetTests(TwoServers fleet) : IClassFixture<TwoServers>
{
    private const string Demo = "demo.localhost";

    [SkippableFact]
    public async Task A_comment_posted_through_one_server_is_on_the_next_page_from_the_other()
    {
        fleet.SkipUnlessRunning();
        var post = (await fleet.First.Client(Demo).GetDocumentAsync("/")).QuerySelector("article .post-title a")!.GetAttribute("href")!;
        foreach (var server in fleet.Both)
        {
            using var reader = server.Client(Demo);
            await reader.GetAsync(post);
            await reader.GetAsync(post); // served from the shared cache
        }

        var (blogger, _) = await fleet.DemoBloggerAsync();
        var saved = await blogger.PostFormAsync(post + "?handler=Comment", new() { ["Form.Comment"] = "Said on the first server." }, pagePath: post);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await fleet.Second.Client(Demo).GetDocumentAsync(post);
        Assert.Contains(page.QuerySelectorAll(".comment-content"), comment => comment.TextContent.Trim() == "Said on the first server.");
    }

    [SkippableFact]
    public async Task A_comment_posted_through_one_server_is_on_the_next_signed_in_page_from_the_other()
    {
        fleet.SkipUnlessRunning();
        var post = (await fleet.First.Client(Demo).GetDocumentAsync("/")).QuerySelector("article .post-title a")!.GetAttribute("href")!;
        // A signed-in reader's page is never cached: it is rendered from the post page's read model,
        // which each server has now read (and kept in the fleet's shared store).
        var (onFirst, onSecond) = await fleet.DemoBloggerAsync();
        await onFirst.GetAsync(post);
        await onSecond.GetAsync(post);

        var saved = await onFirst.PostFormAsync(post + "?handler=Comment", new() { ["Form.Comment"] = "Read on the second server, signed in." }, pagePath: post);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await onSecond.GetDocumentAsync(post);
        Assert.Contains(page.QuerySelectorAll(".comment-content"), comment => comment.TextContent.Trim() == "Read on the second server, signed in.");
    }

    /// <summary>
    /// A server renders the likers once per read model it decodes; the likers are still the ones the
    /// fleet's shared read model holds, so a like through one server is on the other's next pages.
    /// </summary>
    [SkippableFact]
    public async Task A_like_through_one_server_is_on_the_next_pages_from_the_other()
    {
        fleet.SkipUnlessRunning();
        var post = (await fleet.First.Client(Demo).GetDocumentAsync("/")).QuerySelector("article .post-title a")!.GetAttribute("href")!;
        var (onFirst, onSecond) = await fleet.DemoBloggerAsync();
        var page = await onSecond.GetDocumentAsync(post);
        var postId = page.QuerySelector("#likes form")!.GetAttribute("action")!.Split('/')[2];
        var countBefore = page.QuerySelectorAll("#likes .likers li").Length;
        using (var reader = fleet.Second.Client(Demo)) await reader.GetAsync(post);
        await onSecond.GetAsync(post);

        var liked = await onFirst.PostFormAsync($"/likes/{postId}/", new() { ["liked"] = "true" }, pagePath: post);
        Assert.True(liked.IsSuccessStatusCode || liked.StatusCode == HttpStatusCode.Redirect, $"The like was answered {liked.StatusCode}.");

        using var guest = fleet.Second.Client(Demo);
        var shared = await guest.GetDocumentAsync(post);
        var own = await onSecond.GetDocumentAsync(post);
        Assert.Equal(countBefore + 1, shared.QuerySelectorAll("#likes .likers li").Length);
        Assert.Equal(countBefore + 1, own.QuerySelectorAll("#likes .likers li").Length);
        Assert.Equal("true", (await onSecond.GetPersonalPartsAsync(own)).Part("like")!.QuerySelector("button")!.GetAttribute("aria-pressed"));
    }

    [SkippableFact]
    public async Task A_form_and_a_login_from_one_server_are_accepted_by_the_other()
    {
        fleet.SkipUnlessRunning();
        var cookies = new CookieContainer();
        using var first = fleet.First.Client(Demo, cookies);
        using var second = fleet.Second.Client(Demo, cookies);

        // The first server issues the antiforgery token; the second accepts it and signs in.
        var form = await first.GetDocumentAsync("/login/");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var login = await second.PostAsync("/login/", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = FolioApp.DemoEmail, ["password"] = FolioApp.DemoPassword, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        // The second server's session cookie opens the dashboard on the first.
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fleet.First.Client(Demo).GetAsync("/admin/")).StatusCode);
    }

    [SkippableFact]
    public async Task A_log_out_through_one_server_ends_the_session_on_the_other_at_once()
    {
        fleet.SkipUnlessRunning();
        var cookies = new CookieContainer();
        var first = fleet.First.Client(Demo, cookies);
        var login = await first.PostFormAsync("/login/", new() { ["email"] = FolioApp.DemoEmail, ["password"] = FolioApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var session = cookies.GetAllCookies().Single(cookie => cookie.Name == "folio_session");
        // A copy of the cookie, replayed through the other server.
        using var replay = fleet.Second.Client(Demo);
        replay.DefaultRequestHeaders.Add("Cookie", $"{session.Name}={session.Value}");
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/admin/")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/logout/", [], pagePath: "/admin/")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/admin/")).StatusCode);
    }

    [SkippableFact]
    public async Task The_comment_rate_limit_counts_comments_sent_to_either_server()
    {
        fleet.SkipUnlessRunning();
        var post = (await fleet.First.Client(Demo).GetDocumentAsync("/")).QuerySelector("article .post-title a")!.GetAttribute("href")!;
        var limit = int.Parse(TwoServers.CommentsPerMinute);

        HttpResponseMessage? refused = null;
        for (var i = 0; i <= limit; i++)
        {
            using var client = (i % 2 == 0 ? fleet.First : fleet.Second).Client(Demo);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.7"); // one reader, a new address for these servers
            var response = await client.PostAsync(post + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Comment"] = $"Comment number {i + 1}.", ["Form.Author"] = "Quick", ["Form.Email"] = $"quick{i}@example.com",
            }));
            if (i < limit) Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            else refused = response;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, refused!.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }

    [SkippableFact]
    public async Task A_design_saved_on_one_server_is_what_the_other_shows_next()
    {
        fleet.SkipUnlessRunning();
        using var reader = fleet.Second.Client(Demo);
        await reader.GetAsync("/");
        await reader.GetAsync("/"); // the second server now knows the site, and its home page is cached

        var (blogger, _) = await fleet.DemoBloggerAsync();
        var saved = await blogger.PostFormAsync("/admin/customize/", new()
        {
            ["title"] = "Demo, renamed on the first server", ["tagline"] = "", ["theme"] = "classic", ["accentColor"] = "#a0361c",
            ["headerImageUrl"] = "", ["iconUrl"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The second server hears of the change over Redis pub/sub within milliseconds (without it, it
        // would keep the old design for up to a minute); a few seconds allow for a busy machine.
        var title = await EventuallyAsync(async () => (await reader.GetDocumentAsync("/")).QuerySelector(".site-title")!.TextContent.Trim(),
            seen => seen == "Demo, renamed on the first server", TimeSpan.FromSeconds(3));
        Assert.Equal("Demo, renamed on the first server", title);
    }

    [SkippableFact]
    public async Task A_scheduled_post_is_published_once_though_both_servers_run_the_scheduler()
    {
        fleet.SkipUnlessRunning();
        var (blogger, _) = await fleet.DemoBloggerAsync();
        var scheduled = await blogger.PostFormAsync("/admin/posts/new/", new()
        {
            ["Input.Kind"] = "Post", ["Input.Title"] = "Due in a few seconds", ["Input.Body"] = "On time.", ["Input.BodyFormat"] = "Markdown",
            ["action"] = "Schedule", ["Input.PublishAt"] = DateTime.UtcNow.AddSeconds(8).ToString("yyyy-MM-ddTHH:mm:ss"),
        });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);

        foreach (var server in fleet.Both)
        {
            using var reader = server.Client(Demo);
            var titles = await EventuallyAsync(async () => (await reader.GetDocumentAsync("/")).PostTitles(),
                seen => seen.Contains("Due in a few seconds"), TimeSpan.FromSeconds(30));
            Assert.Contains("Due in a few seconds", titles);
        }

        // Give each scheduler, the one that lost the race too, two whole rounds more in which it could publish it again.
        foreach (var server in fleet.Both)
        {
            var roundsBefore = server.Output.Count(SchedulerRound);
            await server.WaitUntilPrintedAsync(printed => printed.Count(SchedulerRound) >= roundsBefore + 2, TimeSpan.FromSeconds(30));
        }
        var published = fleet.Both.SelectMany(server => server.Output).Select(line => PublishedLine().Match(line))
            .Where(match => match.Success).Sum(match => int.Parse(match.Groups[1].Value));
        Assert.Equal(1, published);
    }

    /// <summary>Asks until the answer is the awaited one or the time is up; returns the last answer.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> ask, Func<T, bool> awaited, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var answer = await ask();
            if (awaited(answer) || DateTime.UtcNow >= deadline) return answer;
            await Task.Delay(100);
        }
    }

    private static bool SchedulerRound(string line) => line.Contains("ScheduledPostPublisher finished a round.", StringComparison.Ordinal);

    [GeneratedRegex(@"Published (\d+) scheduled post")]
    private static partial Regex PublishedLine();
}
