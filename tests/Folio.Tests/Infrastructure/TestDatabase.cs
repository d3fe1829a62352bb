using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test app: a SQLite file in a temporary data directory, or,
/// when <c>FOLIO_TEST_POSTGRES</c> holds a connection string to a PostgreSQL server, a new
/// database on that server. The whole suite runs on either.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "FOLIO_TEST_POSTGRES";

    /// <summary>
    /// The trait <c>Category</c> of a test about one database's own machinery, which the other
    /// has no equivalent of: it skips on the other database, and CI's run on the other leaves it
    /// out (as it leaves the fleet out of SQLite) so that every test CI runs is executed.
    /// </summary>
    public const string SqliteOnly = "SQLite";
    public const string PostgresOnly = "PostgreSQL";

    private readonly string? adminConnectionString = Environment.GetEnvironmentVariable(PostgresVariable);
    private readonly string databaseName = $"folio_test_{Guid.NewGuid():N}";

    public TestDatabase()
    {
        DataDirectory = Directory.CreateTempSubdirectory("folio-test-").FullName;
        if (IsPostgres)
        {
            using var admin = new NpgsqlConnection(adminConnectionString);
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {databaseName}", admin);
            create.ExecuteNonQuery();
        }
    }

    public static bool IsPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public string DataDirectory { get; }

    /// <summary>Configuration keys (DESIGN.md) that point Folio at this database.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings()
    {
        yield return new("Folio:DataDirectory", DataDirectory);
        if (!IsPostgres) yield break;
        yield return new("Folio:Database", "Postgres");
        yield return new("ConnectionStrings:Folio",
            new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName }.ConnectionString);
    }

    /// <summary>A connection of the test's own to the database, to read or change it as another program would.</summary>
    public async Task<DbConnection> OpenConnectionAsync()
    {
        var settings = Settings().ToDictionary();
        DbConnection connection = IsPostgres
            ? new NpgsqlConnection(settings["ConnectionStrings:Folio"])
            // No pooling: the file must be free for Folio, and for the test's cleanup, as soon as this closes.
            : new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "folio.db")};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>PostgreSQL only: the server stays up but ends this database's sessions and refuses new ones, as in an outage.</summary>
    public async Task RefuseConnectionsAsync()
    {
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var refuse = new NpgsqlCommand(
            $"ALTER DATABASE {databaseName} ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{databaseName}';", admin);
        await refuse.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(adminConnectionString);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file may still be open by a pooled connection; the OS cleans temp later.
        }
    }
}
