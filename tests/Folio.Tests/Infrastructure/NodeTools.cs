namespace Folio.Tests.Infrastructure;

/// <summary>The small Node programs under tests/tools that play real outside servers (SMTP, OpenID Connect).</summary>
public static class NodeTools
{
    public static string Folder(string tool)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Folio.slnx"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? ".", "tests", "tools", tool);
    }

    public static bool IsInstalled(string tool) => Directory.Exists(Path.Combine(Folder(tool), "node_modules"));

    /// <summary>A free loopback port, for a server that must be told its port before it starts.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
