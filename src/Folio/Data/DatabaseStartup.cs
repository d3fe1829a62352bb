using Folio.Features.Demo;
using Folio.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Data;

public static class DatabaseStartup
{
    /// <summary>Brings the database to the latest migration, then (if configured) creates the demo site.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool seedDemo, CancellationToken cancellationToken = default)
    {
        // Made private before anything (the database, keys, mail, media) is put in it.
        PrivateFiles.CreateFolder(services.GetRequiredService<IOptions<FolioOptions>>().Value.DataDirectoryFullPath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.GetDbConnection() is SqliteConnection { DataSource.Length: > 0 } sqlite) PrivateFiles.RestrictDatabase(sqlite.DataSource);
        if (seedDemo && scope.ServiceProvider.GetRequiredService<IOptions<FolioOptions>>().Value.SeedDemo)
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }
}
