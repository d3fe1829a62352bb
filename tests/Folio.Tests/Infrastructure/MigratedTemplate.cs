using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// The database every <see cref="TestDatabase.Migrated"/> copies: migrated once per test run by
/// Folio's own start-up (so it holds exactly what a new data directory gets, search SQL and all),
/// without the demo site, which each app seeds for itself.
/// </summary>
internal static class MigratedTemplate
{
    public static TestDatabase Create()
    {
        var template = new TestDatabase();
        using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
               {
                   foreach (var (key, value) in template.Settings()) builder.UseSetting(key, value);
                   builder.UseSetting("Folio:SeedDemo", "false");
               }))
        {
            _ = app.Services; // starting the host migrates the database
        }
        CloseConnectionsTo(template);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        return template;
    }

    /// <summary>Leaves the template with no open session (PostgreSQL refuses to copy one in use) and, for SQLite, all in the one file.</summary>
    private static void CloseConnectionsTo(TestDatabase template)
    {
        if (TestDatabase.IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            return;
        }
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={template.SqliteFile};Pooling=False");
        connection.Open();
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        checkpoint.ExecuteNonQuery();
    }
}
