using System.Net;
using Folio.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Folio.Tests.Data;

/// <summary>
/// The data directory holds the database, the keys that sign every session cookie and mail with
/// reset links: Folio creates it, and what it puts there, readable by the server's user alone,
/// whatever the umask (this machine's, 022, would give 0755 folders and 0644 files).
/// </summary>
public sealed class PrivateFileTests(PrivateFileTests.FreshDataDirectory app) : IClassFixture<PrivateFileTests.FreshDataDirectory>
{
    /// <summary>Folio in a data directory that does not exist yet, so that Folio is the one to create it.</summary>
    public sealed class FreshDataDirectory : FolioApp
    {
        public override string DataDirectory => Path.Combine(Database.DataDirectory, "fresh", "data");
    }

    private const UnixFileMode Folder0700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_data_directory_database_keys_and_mail_are_the_servers_alone()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows has no Unix file modes.");
        var client = app.ClientFor("localhost");
        // A login signs a cookie (a key is made) and a forgotten password drops a mail.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/login/", new() { ["email"] = FolioApp.DemoEmail, ["password"] = FolioApp.DemoPassword })).StatusCode);
        await client.PostFormAsync("/forgot-password/", new() { ["email"] = FolioApp.DemoEmail });
        await app.WaitForMailAsync(FolioApp.DemoEmail, "Reset your Folio password");

        Assert.Equal(Folder0700, File.GetUnixFileMode(app.DataDirectory));
        Assert.Equal(Folder0700, File.GetUnixFileMode(Path.Combine(app.DataDirectory, "keys")));
        Assert.Equal(Folder0700, File.GetUnixFileMode(Path.Combine(app.DataDirectory, "mail")));
        var secrets = Directory.GetFiles(Path.Combine(app.DataDirectory, "keys")).Concat(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"))).ToList();
        if (!TestDatabase.IsPostgres)
        {
            // SQLite removes -wal and -shm when the last connection closes, and makes them again
            // (in the database file's mode) when one opens: one reader here makes sure they are there.
            await using var reader = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "folio.db")}");
            await reader.OpenAsync();
            await using (var read = reader.CreateCommand())
            {
                read.CommandText = "SELECT count(*) FROM sqlite_master";
                await read.ExecuteScalarAsync();
            }
            Assert.True(File.Exists(Path.Combine(app.DataDirectory, "folio.db-wal")), "SQLite runs in WAL mode, so folio.db-wal should be there.");
            secrets.AddRange(Directory.GetFiles(app.DataDirectory, "folio.db*"));
        }
        Assert.NotEmpty(secrets);
        Assert.All(secrets, file => Assert.True(File.GetUnixFileMode(file) == File0600, $"{Path.GetFileName(file)} is {File.GetUnixFileMode(file)}."));
    }
}
