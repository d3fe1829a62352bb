namespace Folio.Tests.Infrastructure;

/// <summary>The checkout the tests were built from: its sources, tools and translations.</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding Folio.slnx.</summary>
    public static readonly string Root = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Folio.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException($"No Folio.slnx above {AppContext.BaseDirectory}: the tests run from a checkout.");
    }
}
