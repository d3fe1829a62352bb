using System.CommandLine;
using Folio.Data;
using Folio.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Cli;

/// <summary>
/// <c>backup &lt;file&gt;</c>: a consistent copy of the SQLite database while servers keep writing
/// to it, through SQLite's online backup (a copy of <c>folio.db</c> alone would miss the commits
/// still in its write-ahead log). PostgreSQL has <c>pg_dump</c> for this.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "The new file to write the copy to." };
        var backup = new Command("backup", "Write a consistent copy of the SQLite database, also while a server runs on it.") { file };
        backup.SetAction((parsed, cancellationToken) => RunAsync(services, parsed.GetValue(file)!, cancellationToken));
        return backup;
    }

    private static async Task<int> RunAsync(IServiceProvider services, FileInfo target, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IOptions<FolioOptions>>().Value.Database != DatabaseProvider.Sqlite)
            return AdminCommandLine.Fail(["backup copies a SQLite database; this one is PostgreSQL: use pg_dump (see docs/operations.md)."]);
        if (target.Exists) return AdminCommandLine.Fail([$"{target.FullName} already exists; give the backup a new file name."]);
        if (target.Directory is { Exists: false } folder) return AdminCommandLine.Fail([$"The folder {folder.FullName} does not exist."]);

        await using var scope = services.CreateAsyncScope();
        var source = (SqliteConnection)scope.ServiceProvider.GetRequiredService<FolioDbContext>().Database.GetDbConnection();
        await source.OpenAsync(cancellationToken);
        // Written aside and renamed, so a file at the name asked for is always a whole backup.
        var partial = target.FullName + ".partial";
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
        }
        File.Move(partial, target.FullName);
        Console.WriteLine($"Backed up {source.DataSource} to {target.FullName} ({new FileInfo(target.FullName).Length / 1024} KiB).");
        return 0;
    }
}
