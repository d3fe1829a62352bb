using Folio.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Folio.Data;

/// <summary>
/// Keeps one Folio process at a time migrating a SQLite database, and recovers the lock that a
/// process killed while migrating leaves behind. EF Core's own lock is a row in
/// <c>__EFMigrationsLock</c> that nothing removes when its process dies: every later start would
/// wait for it forever, printing nothing. This lock is the operating system's exclusive lock on
/// <c>folio.db-migration-lock</c> beside the database, which ends with the process that holds it;
/// so whoever holds it knows that any row in <c>__EFMigrationsLock</c> belongs to a dead process.
/// </summary>
internal static class SqliteMigrationLock
{
    public const string FileSuffix = "-migration-lock";

    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(500);

    /// <summary>Waits, saying so once in the log, until no other Folio process migrates the database; null for a database that is not a file.</summary>
    public static async Task<IAsyncDisposable?> TakeAsync(FolioDbContext db, ILogger logger, TimeProvider clock, CancellationToken cancellationToken)
    {
        var database = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(database) || database == ":memory:") return null;
        var path = Path.GetFullPath(database) + FileSuffix;
        var saidSo = false;
        while (true)
        {
            try
            {
                var held = PrivateFiles.OpenExclusive(path);
                await RemoveStaleRowAsync(db, logger, cancellationToken);
                return held;
            }
            catch (IOException refused) when (File.Exists(path))
            {
                if (!saidSo)
                    logger.LogWarning("Waiting for the database {Database}: another Folio process is migrating it (it holds {LockFile}: {Reason}). This start goes on when that one has finished or stopped.",
                        database, path, refused.Message);
                saidSo = true;
                await Task.Delay(RetryEvery, clock, cancellationToken);
            }
        }
    }

    private static async Task RemoveStaleRowAsync(FolioDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0) return;
            command.CommandText = """DELETE FROM "__EFMigrationsLock" RETURNING "Timestamp" """;
            await using var removed = await command.ExecuteReaderAsync(cancellationToken);
            while (await removed.ReadAsync(cancellationToken))
                logger.LogWarning("Removed the migration lock that a Folio process took at {Taken} and never released: it stopped while migrating {Database}.",
                    removed.GetString(0), connection.DataSource);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
