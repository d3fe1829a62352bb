using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Folio.Data;

/// <summary>
/// Sets, on every SQLite connection, what makes an acknowledged write durable and lets a
/// server and a command line share the file: write-ahead logging (readers never block the
/// writer), <c>synchronous=FULL</c> (a commit survives a power cut, DESIGN.md principle 4),
/// and enforced foreign keys.
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteDurabilityInterceptor Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

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
