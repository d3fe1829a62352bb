namespace Folio.Tests.Curation;

/// <summary>The sample feeds, pages and OPML files under Curation/Samples, read from the source tree.</summary>
public static class Samples
{
    private static readonly string Folder = Find();

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Folio.slnx"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Folio.slnx not found above the test binaries."),
            "tests", "Folio.Tests", "Curation", "Samples");
    }
}
