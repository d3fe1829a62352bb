using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// A database of one test class's own: a SQLite file in a temporary data directory, or, when
/// <c>FOLIO_TEST_POSTGRES</c> holds a connection string to a PostgreSQL server, a new database on
/// that server. The whole suite runs on either. <c>new TestDatabase()</c> is empty, for the tests
/// of migrations and start-up; <see cref="Migrated"/> is a copy of one migrated once per test run.
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

    /// <summary>Made by the first class that asks, while the others wait; dropped when the test run ends.</summary>
    private static readonly Lazy<TestDatabase> Template = new(MigratedTemplate.Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An empty database.</summary>
    public TestDatabase() : this(template: null)
    {
    }

    private TestDatabase(TestDatabase? template)
    {
        DataDirectory = Directory.CreateTempSubdirectory("folio-test-").FullName;
        if (IsPostgres)
        {
            using var admin = new NpgsqlConnection(adminConnectionString);
            admin.Open();
            // PostgreSQL copies a template only while no session is connected to it: nothing is, once it is made.
            using var create = new NpgsqlCommand($"CREATE DATABASE {databaseName}" + (template is null ? "" : $" TEMPLATE {template.databaseName}"), admin);
            create.ExecuteNonQuery();
        }
        else if (template is not null)
        {
            File.Copy(template.SqliteFile, SqliteFile);
        }
    }

    /// <summary>A database with every migration applied (and nothing else): a copy, which costs far less than migrating.</summary>
    public static TestDatabase Migrated() => new(Template.Value);

    public static bool IsPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public string DataDirectory { get; }

    /// <summary>SQLite only: the database file Folio uses in the data directory.</summary>
    public string SqliteFile => Path.Combine(DataDirectory, "folio.db");

    /// <summary>Configuration keys (docs/contract.md) that point Folio at this database.</summary>
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
            : new SqliteConnection($"Data Source={SqliteFile};Pooling=False");
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
