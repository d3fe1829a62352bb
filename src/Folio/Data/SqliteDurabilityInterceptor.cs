using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Folio.Data;

/// <summary>
/// Sets, on every SQLite connection, what makes an acknowledged write durable and lets a
/// server and a command line share the file: write-ahead logging (readers never block the
/// writer), <c>synchronous=FULL</c> (a commit survives a power cut, docs/architecture.md, principle 4),
/// enforced foreign keys, and a busy timeout: a writer that finds another writer's lock waits
/// inside SQLite, which retries within a millisecond or so of the lock's release, instead of
/// failing to Microsoft.Data.Sqlite, whose own retry sleeps 150 ms at a time (the comment
/// writer lost a tenth of its time that way to the outbox worker's short commits).
/// </summary>
/// <remarks>
/// These settings belong to the native connection, and Microsoft.Data.Sqlite pools native
/// connections and leaves their settings alone when it hands one out again. EF Core opens a
/// connection for every query, so the settings are applied once per native connection (marked
/// in <see cref="Configured"/>) rather than as three more statements before every query.
/// </remarks>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteDurabilityInterceptor Instance = new();

    // The same 30 s as the connection string's DefaultTimeout (Data/DataRegistration.cs).
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    /// <summary>The native connections already set up; an entry goes when its connection is closed for good and collected.</summary>
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private static bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _);

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) Configured.AddOrUpdate(handle, Done);
    }
}
