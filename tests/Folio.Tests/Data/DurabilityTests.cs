using System.Data.Common;
using Folio.Data;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Data;

/// <summary>An acknowledged write must survive a crash or power cut (docs/architecture.md, principle 4).</summary>
public sealed class DurabilityTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task The_suite_runs_on_the_database_it_was_asked_for()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();

        Assert.Equal(TestDatabase.IsPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
    }

    [Fact]
    public async Task Every_connection_commits_durably()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();

        if (TestDatabase.IsPostgres)
        {
            Assert.Equal("on", await ScalarAsync(connection, "SHOW synchronous_commit"));
        }
        else
        {
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous")); // 2 is FULL
            Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys"));
        }
    }

    [Fact]
    public async Task A_connection_taken_again_from_the_pool_still_commits_durably()
    {
        // SQLite's settings are made once per native connection, which the driver's pool hands
        // out again; PostgreSQL's are the server's, and must hold for pooled connections too.
        for (var i = 0; i < 3; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            if (TestDatabase.IsPostgres)
            {
                Assert.Equal("on", await ScalarAsync(connection, "SHOW synchronous_commit"));
            }
            else
            {
                Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous")); // 2 is FULL
                Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys"));
                Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
