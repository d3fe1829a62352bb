using Folio.Tests.Infrastructure;

namespace Folio.Tests.Settings;

/// <summary>
/// Settings as an operator gets them wrong: Folio started as a process with a bad or misspelt
/// value says which key and which rule before it touches the database or listens.
/// </summary>
public sealed class SettingsAtStartTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task A_value_that_breaks_a_rule_stops_the_start_naming_the_key_and_the_rule()
    {
        var start = await RunAsync([new("Folio:SchedulerInterval", "00:00:00")]);

        Assert.Equal(1, start.ExitCode);
        Assert.Contains("Folio cannot start: The field Folio:SchedulerInterval must be between 00:00:00.0010000 and 1.00:00:00. It is 00:00:00.", start.Output);
        Assert.DoesNotContain("Now listening on", start.Output);
    }

    [Fact]
    public async Task Every_broken_rule_is_listed_at_once_and_secrets_are_not_repeated()
    {
        var start = await RunAsync([new("Folio:Smtp:Port", "70000"), new("Folio:PublicScheme", "ftp"), new("Folio:Smtp:From", "")]);

        Assert.Equal(1, start.ExitCode);
        Assert.Contains("Folio:PublicScheme must be http, https or empty.", start.Output);
        Assert.Contains("The field Folio:Smtp:Port must be between 1 and 65535. It is 70000.", start.Output);
        Assert.Contains("The Folio:Smtp:From field is required. It is empty.", start.Output);
        Assert.DoesNotContain("ftp", start.Output);
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_stops_the_start_naming_the_key()
    {
        var start = await RunAsync([new("Folio:CommentsPerMinute", "five")]);

        Assert.Equal(1, start.ExitCode);
        Assert.Contains("Folio cannot start: Failed to convert configuration value 'five' at 'Folio:CommentsPerMinute' to type 'System.Int32'.", start.Output);
    }

    [Fact]
    public async Task A_misspelt_key_is_warned_about_with_the_key_it_resembles()
    {
        _ = app.Server; // the command reads the migrated database

        var command = await RunAsync([new("Folio:SchedulerIntreval", "00:00:05"), new("Folio:Login:Oidc:Corp:ClientId", "known")], "site", "list");

        Assert.True(command.ExitCode == 0, command.Error);
        Assert.Contains("The setting Folio:SchedulerIntreval is not one Folio reads, so it has no effect. Did you mean Folio:SchedulerInterval?", command.Output);
        Assert.DoesNotContain("Folio:Login:Oidc:Corp:ClientId", command.Output);
    }

    private Task<FolioProcess.CommandResult> RunAsync(KeyValuePair<string, string>[] settings, params string[] args) =>
        FolioProcess.RunCommandAsync(app.Database, settings, args);
}
