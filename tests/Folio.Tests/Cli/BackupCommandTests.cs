using Folio.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Folio.Tests.Cli;

/// <summary><c>backup &lt;file&gt;</c> copies the SQLite database while a server runs on it; on PostgreSQL it points to pg_dump.</summary>
public sealed class BackupCommandTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task Backup_copies_the_running_database_with_its_latest_commits_or_points_to_pg_dump()
    {
        _ = app.Server; // the server is up on the same database while the command runs
        await app.CreateSiteAsync("fresh", "Saved a moment ago"); // still in the write-ahead log, most likely
        var target = Path.Combine(app.Database.DataDirectory, "backups", "folio-backup.db");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        var result = await FolioProcess.RunCommandAsync(app.Database, [], "backup", target);

        if (TestDatabase.IsPostgres)
        {
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("use pg_dump", result.Error);
            return;
        }
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"to {target}", result.Output);
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            await copy.OpenAsync();
            await using var query = new SqliteCommand("SELECT title FROM sites WHERE slug = 'fresh'", copy);
            Assert.Equal("Saved a moment ago", await query.ExecuteScalarAsync());
        }

        var again = await FolioProcess.RunCommandAsync(app.Database, [], "backup", target);
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("already exists", again.Error);
    }
}
