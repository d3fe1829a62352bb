using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Folio.Data;

/// <summary>
/// Waits, naming it in the log, for a PostgreSQL session that holds the migration lock. EF Core
/// (Npgsql) locks <c>__EFMigrationsHistory</c> for the length of a migration's transaction, and
/// PostgreSQL ends the lock with the session, so a killed Folio process releases it as its
/// connection closes. A session can outlive its process only when the network between them is
/// cut (until TCP keep-alive notices); then the operator must end it, and the log says how.
/// </summary>
internal static class PostgresMigrationLock
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(500);

    // The sessions other than this one that hold any lock on the history table.
    private const string HoldersSql = """
        SELECT DISTINCT l.pid, coalesce(host(a.client_addr), 'a local socket'), coalesce(a.application_name, ''), a.xact_start
        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.granted AND l.pid <> pg_backend_pid() AND l.relation = to_regclass('"__EFMigrationsHistory"')
        """;

    public static async Task WaitAsync(FolioDbContext db, ILogger logger, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        var named = new HashSet<int>();
        while (true)
        {
            await using var command = new NpgsqlCommand(HoldersSql, connection);
            await using var holders = await command.ExecuteReaderAsync(cancellationToken);
            if (!await holders.ReadAsync(cancellationToken)) return;
            do
            {
                var pid = holders.GetInt32(0);
                if (named.Add(pid))
                    logger.LogWarning("Waiting for the migration lock on __EFMigrationsHistory, held by PostgreSQL session {Pid} (from {Client}, {Application}, transaction begun {Begun}). If no Folio process is migrating this database, end that session: SELECT pg_terminate_backend({Pid});",
                        pid, holders.GetString(1), holders.GetString(2), holders.IsDBNull(3) ? "—" : holders.GetDateTime(3).ToString("O"), pid);
            } while (await holders.ReadAsync(cancellationToken));
            await holders.DisposeAsync();
            await Task.Delay(RetryEvery, clock, cancellationToken);
        }
    }
}
