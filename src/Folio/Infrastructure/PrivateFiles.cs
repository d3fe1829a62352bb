namespace Folio.Infrastructure;

/// <summary>
/// The data directory holds the database, the keys that sign cookies and the mail drop (with
/// password-reset links): only the server's own user may read them. Folders are made 0700 and
/// files 0600, whatever the umask would give (commonly 0755 and 0644). Windows has no such
/// modes; its folders inherit their parent's access rules.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and any missing parents) readable by this user alone; one that exists is left as it is.</summary>
    public static string CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, FolderMode);
        return path;
    }

    /// <summary>Opens a new file for writing, readable by this user alone.</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        return new FileStream(path, options);
    }

    /// <summary>
    /// Opens (or creates, readable by this user alone) a file that no other process may open
    /// while this one holds it: on Unix an exclusive <c>flock(2)</c>, which ends with the process.
    /// </summary>
    public static FileStream OpenExclusive(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        return new FileStream(path, options);
    }

    /// <summary>Takes every other user's access to a file away.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, FileMode);
    }

    /// <summary>
    /// Takes every other user's access to a SQLite database and its -wal and -shm files. SQLite
    /// makes them with the umask's mode; once the database file is private, the -wal and -shm
    /// files it makes again later copy its mode.
    /// </summary>
    public static void RestrictDatabase(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            if (File.Exists(path)) Restrict(path);
    }
}
