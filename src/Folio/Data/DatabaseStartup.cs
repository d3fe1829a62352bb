using Folio.Features.Demo;
using Folio.Features.Posts;
using Folio.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace Folio.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// Brings the database to the latest migration, then (if configured) creates the demo site.
    /// Returns false, having said why on standard error, for a database Folio must not touch (one
    /// from a development build it cannot upgrade); the caller then exits non-zero.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this IServiceProvider services, bool seedDemo, CancellationToken cancellationToken = default)
    {
        // Made private before anything (the database, keys, mail, media) is put in it.
        PrivateFiles.CreateFolder(services.GetRequiredService<IOptions<FolioOptions>>().Value.DataDirectoryFullPath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        await using var migrationLock = await TakeMigrationLockAsync(scope.ServiceProvider, db, cancellationToken);
        var (adoption, refusal) = await PreSquashDatabases.AdoptAsync(db, cancellationToken);
        if (adoption == PreSquashDatabases.Adoption.Refused)
        {
            await Console.Error.WriteLineAsync($"Error: {refusal}");
            return false;
        }
        // Npgsql's migrator reads the history table before it makes it, and logs the read on a new
        // database as a failed command (npgsql/efcore.pg#3407): made first, a fresh start logs no failure.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.GetDbConnection() is SqliteConnection { DataSource.Length: > 0 } sqlite) PrivateFiles.RestrictDatabase(sqlite.DataSource);
        // Only builds from before the squash froze summaries: a database they made is mended once, as it is adopted.
        if (adoption == PreSquashDatabases.Adoption.Adopted)
            await scope.ServiceProvider.GetRequiredService<ExcerptRepair>().RepairAsync(cancellationToken);
        if (seedDemo && scope.ServiceProvider.GetRequiredService<IOptions<FolioOptions>>().Value.SeedDemo)
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        return true;
    }

    /// <summary>Waits for another Folio process's migration, saying so in the log, and recovers a lock that a killed one left.</summary>
    private static async Task<IAsyncDisposable?> TakeMigrationLockAsync(IServiceProvider services, FolioDbContext db, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var clock = services.GetRequiredService<TimeProvider>();
        if (!db.Database.IsNpgsql()) return await SqliteMigrationLock.TakeAsync(db, logger, clock, cancellationToken);
        await PostgresMigrationLock.WaitAsync(db, logger, clock, cancellationToken);
        return null;
    }
}
