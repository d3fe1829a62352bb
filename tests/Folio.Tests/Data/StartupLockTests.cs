using System.Net;
using Folio.Tests.Infrastructure;
using Npgsql;

namespace Folio.Tests.Data;

/// <summary>
/// A Folio process killed while it starts never keeps the next one from starting (issue 18, 3):
/// the migration lock it held is recovered, and a start that has to wait for a live process's
/// migration says in its log what it waits for.
/// </summary>
public sealed class StartupLockTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly TestDatabase database = new();

    private static readonly KeyValuePair<string, string>[] Settings =
    [
        new("Folio:DemoPassword", FolioApp.DemoPassword),
        // Every statement is logged as it completes: the moments at which the test kills the start.
        new("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information"),
    ];

    /// <summary>SQLite's alone: on PostgreSQL the lock is a table lock that ends with its session (the other tests here).</summary>
    [SkippableFact]
    [Trait("Category", TestDatabase.SqliteOnly)]
    public async Task A_command_recovers_the_migration_lock_of_a_process_killed_while_migrating()
    {
        Skip.If(TestDatabase.IsPostgres, "On PostgreSQL the lock is a table lock that ends with its session (the other tests here).");
        Assert.Equal(0, (await FolioProcess.RunCommandAsync(database, [], "site", "list")).ExitCode);
        // What EF Core's migrator on SQLite leaves when its process dies between taking its lock and releasing it.
        await ExecuteAsync("""INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-07 09:15:00+00:00')""");

        var list = await FolioProcess.RunCommandAsync(database, [], "site", "list"); // a minute at most

        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains("Removed the migration lock that a Folio process took at 2026-12-07 09:15:00+00:00 and never released", list.Output);
    }

    [Fact]
    public async Task Folio_starts_after_being_killed_at_ten_moments_of_its_start()
    {
        // After so many statements of the migration, the demo seeding, or once it listens, whichever comes first.
        foreach (var statements in new[] { 1, 2, 3, 5, 8, 13, 40, 120, 360, 1000 })
        {
            using var starting = FolioServer.Launch(database, Settings);
            await starting.WaitUntilPrintedAsync(
                printed => printed.Count(line => line.Contains("Executed DbCommand")) >= statements || printed.Any(line => line.Contains("Now listening on")),
                Bound);
            await starting.KillAsync();
        }

        using var server = await FolioServer.StartAsync(database, Settings); // a minute at most
        using var client = server.Client("demo.localhost");
        var home = await client.GetDocumentAsync("/");
        Assert.NotEmpty(home.PostTitles());
    }

    [Fact]
    public async Task A_start_that_waits_for_a_live_migration_says_for_what_and_goes_on_when_it_ends()
    {
        Assert.Equal(0, (await FolioProcess.RunCommandAsync(database, [], "site", "list")).ExitCode);
        await using var migrating = await HoldMigrationLockAsync();

        using var server = FolioServer.Launch(database, Settings);
        await server.WaitForOutputAsync(line => line.Contains(migrating.WhatFolioSays), Bound);
        Assert.False(await AnswersAsync(server), "Folio answered while another process held the migration lock.");

        await migrating.DisposeAsync();
        await server.WaitUntilAnsweringAsync();
    }

    private sealed record HeldLock(string WhatFolioSays, IAsyncDisposable Holder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Holder.DisposeAsync();
    }

    /// <summary>Takes the lock as a Folio process migrating the database holds it.</summary>
    private async Task<HeldLock> HoldMigrationLockAsync()
    {
        if (!TestDatabase.IsPostgres)
        {
            var file = Path.Combine(database.DataDirectory, "folio.db-migration-lock");
            return new("another Folio process is migrating it", new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        var connection = (NpgsqlConnection)await database.OpenConnectionAsync();
        // The transaction stays open until the connection closes, as a migration's does until it ends.
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("""LOCK TABLE "__EFMigrationsHistory" IN ACCESS EXCLUSIVE MODE""", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new($"SELECT pg_terminate_backend({connection.ProcessID});", connection);
    }

    private static async Task<bool> AnswersAsync(FolioServer server)
    {
        using var probe = server.Client("localhost");
        try
        {
            return (await probe.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => database.Dispose();
}
