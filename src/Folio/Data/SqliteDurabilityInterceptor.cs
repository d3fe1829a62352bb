using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Folio.Data;

/// <summary>
/// Sets, on every SQLite connection, what makes an acknowledged write durable and lets a
/// server and a command line share the file: write-ahead logging (readers never block the
/// writer), <c>synchronous=FULL</c> (a commit survives a power cut, DESIGN.md principle 4),
/// enforced foreign keys, and a busy timeout: a writer that finds another writer's lock waits
/// inside SQLite, which retries within a millisecond or so of the lock's release, instead of
/// failing to Microsoft.Data.Sqlite, whose own retry sleeps 150 ms at a time (the comment
/// writer lost a tenth of its time that way to the outbox worker's short commits).
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteDurabilityInterceptor Instance = new();

    // The same 30 s as the connection string's DefaultTimeout (Data/DataRegistration.cs).
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
