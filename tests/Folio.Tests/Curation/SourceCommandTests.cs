using Folio.Tests.Infrastructure;

namespace Folio.Tests.Curation;

/// <summary>The source commands, run as an operator runs them: Folio.dll in its own process, beside a running server.</summary>
public sealed class SourceCommandTests(CurationApp app) : IClassFixture<CurationApp>
{
    [Fact]
    public async Task Operator_adds_a_source_and_fetches_it_from_the_command_line()
    {
        _ = app.Server;
        await app.CreateSiteAsync("cli", "CLI");
        app.Feeds.ServeRss("/cli/feed.xml", "Command News",
            new TestItem("c-1", "Typed story", "http://cli.example/1", "A teaser.", DateTimeOffset.UtcNow.AddHours(-1)),
            new TestItem("c-2", "Forgotten story", "http://cli.example/2", "A teaser.", DateTimeOffset.UtcNow.AddDays(-60)));

        var add = await RunAsync("source", "add", "cli", app.Feeds.Url("/cli/feed.xml"), "--publish");
        var fetch = await RunAsync("source", "fetch", "cli");

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains("Added source \"Command News\"", add.Output);
        Assert.True(fetch.ExitCode == 0, fetch.Error);
        Assert.Contains("imported: Typed story", fetch.Output);
        Assert.Contains("skipped, tooold: Forgotten story", fetch.Output);
        Assert.Contains("1 imported, 1 skipped from 1 source(s).", fetch.Output);
        Assert.Equal("Typed story", Assert.Single(await app.PostsAsync("cli")).Title);
    }

    [Fact]
    public async Task A_failing_fetch_or_an_unknown_site_says_why_and_exits_non_zero()
    {
        _ = app.Server;
        await app.CreateSiteAsync("clifail", "CLI fail");
        app.Feeds.ServeRss("/clifail/feed.xml", "Soon Gone");
        Assert.Equal(0, (await RunAsync("source", "add", "clifail", app.Feeds.Url("/clifail/feed.xml"))).ExitCode);
        app.Feeds.Serve("/clifail/feed.xml", "text/plain", "gone", status: 410);

        var fetch = await RunAsync("source", "fetch", "clifail");
        var unknown = await RunAsync("source", "fetch", "nosuchsite");

        Assert.NotEqual(0, fetch.ExitCode);
        Assert.Contains("410", fetch.Error);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("No site has the address \"nosuchsite\"", unknown.Error);
    }

    private Task<FolioProcess.CommandResult> RunAsync(params string[] args) => FolioProcess.RunCommandAsync(app.Database, CurationSettings.For(app.Feeds), args);
}
