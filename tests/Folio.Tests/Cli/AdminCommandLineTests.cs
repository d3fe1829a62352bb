using Folio.Tests.Infrastructure;

namespace Folio.Tests.Cli;

/// <summary>
/// The admin commands, run as an operator runs them: the published Folio.dll in its own process,
/// against the database of a server that is running at the same time.
/// </summary>
public sealed class AdminCommandLineTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task Operator_creates_an_account_and_a_site_that_the_running_server_serves()
    {
        _ = app.Server; // the server is up on the same database while the commands run

        var user = await RunAsync("user", "create", "writer@example.com", "--password", "a long enough password", "--name", "Wendy Writer");
        Assert.True(user.ExitCode == 0, user.Error);
        Assert.Contains("Created account writer@example.com", user.Output);

        var site = await RunAsync("site", "create", "wendy", "--owner", "writer@example.com", "--title", "Wendy's Words");
        Assert.True(site.ExitCode == 0, site.Error);
        Assert.Contains("Created site wendy at wendy.localhost", site.Output);

        var home = await app.ClientFor("wendy.localhost").GetDocumentAsync("/");
        Assert.Equal("Wendy's Words", home.QuerySelector(".site-title")!.TextContent.Trim());

        var list = await RunAsync("site", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(list.Output.Split('\n'), line => line.StartsWith("wendy ") && line.Contains("Wendy's Words") && line.TrimEnd().EndsWith("wendy.localhost"));
        Assert.Contains(list.Output.Split('\n'), line => line.StartsWith("demo "));
    }

    [Theory]
    [InlineData(new[] { "site", "create", "admin", "--owner", "demo@example.com" }, "The address \"admin\" is reserved")]
    [InlineData(new[] { "site", "create", "demo", "--owner", "demo@example.com" }, "The address \"demo\" is already taken")]
    [InlineData(new[] { "site", "create", "orphan", "--owner", "nobody@example.com" }, "No account has the email nobody@example.com")]
    [InlineData(new[] { "site", "create", "klingon", "--owner", "demo@example.com", "--language", "tlh" }, "“tlh” is not a language Folio has a catalogue for; choose one of English (en)")]
    [InlineData(new[] { "user", "create", "demo@example.com", "--password", "a long enough password" }, "already exists")]
    [InlineData(new[] { "user", "create", "short@example.com", "--password", "short" }, "at least 8 characters")]
    [InlineData(new[] { "site", "create", "nameless" }, "--owner")]
    [InlineData(new[] { "site", "create", "moscow", "--owner", "demo@example.com", "--time-zone", "Europe/Mosow" }, "Europe/Mosow is not a time zone Folio knows; choose one such as Europe/Moscow.")]
    [InlineData(new[] { "site", "create", "windows", "--owner", "demo@example.com", "--time-zone", "Eastern Standard Time" }, "Eastern Standard Time is not a time zone Folio knows")]
    public async Task A_failing_command_says_why_and_exits_non_zero(string[] args, string reason)
    {
        _ = app.Server;

        var result = await RunAsync(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public async Task A_site_created_with_a_time_zone_dates_its_posts_on_that_clock()
    {
        _ = app.Server;

        var site = await RunAsync("site", "create", "armenia", "--owner", "demo@example.com", "--time-zone", "Asia/Yerevan");

        Assert.True(site.ExitCode == 0, site.Error);
        Assert.Equal("Asia/Yerevan", await app.QuerySiteAsync("armenia", db => db.Sites.Where(s => s.Slug == "armenia").Select(s => s.TimeZone).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_time_zone_creates_no_site()
    {
        _ = app.Server;

        var refused = await RunAsync("site", "create", "nowhere", "--owner", "demo@example.com", "--time-zone", "Nowhere/Special");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Nowhere/Special is not a time zone Folio knows", refused.Error);
        Assert.Equal(0, await app.QuerySiteAsync("demo", db => db.Sites.CountAsync(s => s.Slug == "nowhere")));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    [InlineData("-h")]
    public async Task Asking_for_help_prints_the_commands_and_exits_instead_of_starting_the_server(string ask)
    {
        var help = await RunAsync(ask);

        Assert.True(help.ExitCode == 0, help.Error);
        Assert.Contains("Without a command, Folio runs its web server", help.Output);
        Assert.All(new[] { "user", "site", "backup", "import", "export" }, command => Assert.Contains($"  {command} ", help.Output));
        Assert.DoesNotContain("Now listening on", help.Output);
    }

    [Fact]
    public async Task An_unknown_command_is_named_with_the_commands_there_are_and_exits_2()
    {
        var typo = await RunAsync("sites", "list");

        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("Folio has no command \"sites\". The commands are: backup, export, import, site, source, user.", typo.Error);
        Assert.DoesNotContain("Now listening on", typo.Output);
    }

    [Fact]
    public async Task A_command_line_that_does_not_parse_gets_its_usage_and_exit_2_before_any_data_is_opened()
    {
        var untouched = Path.Combine(Path.GetTempPath(), $"folio-untouched-{Guid.NewGuid():N}");

        var result = await FolioProcess.RunCommandAsync(app.Database, [new("Folio:DataDirectory", untouched)], "site", "create", "nameless");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Option '--owner' is required.", result.Error);
        Assert.Contains("Folio site create <slug> [options]", result.Output);
        Assert.False(Directory.Exists(untouched), "The data directory was created for a command that could not run.");
    }

    [Fact]
    public async Task Commands_answer_in_English_on_a_machine_set_to_Russian()
    {
        _ = app.Server;
        KeyValuePair<string, string>[] russianMachine = [new("LANG", "ru_RU.UTF-8"), new("LC_ALL", "ru_RU.UTF-8")];

        var refused = await FolioProcess.RunCommandAsync(app.Database, russianMachine, "site", "create", "Plohoy adres", "--owner", "demo@example.com");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("A site address may use only lower-case letters", refused.Error);
    }

    private Task<FolioProcess.CommandResult> RunAsync(params string[] args) => FolioProcess.RunCommandAsync(app.Database, [], args);
}
