using System.Diagnostics;
using System.Text.Json;

namespace Folio.Tests.Infrastructure;

/// <summary>The small Node programs under tests/tools that play real outside servers and clients (SMTP, OpenID Connect, wpapi, rss-parser).</summary>
public static class NodeTools
{
    public static string Folder(string tool) => RepositoryFiles.PathOf("tests", "tools", tool);

    public static bool IsInstalled(string tool) => Directory.Exists(Path.Combine(Folder(tool), "node_modules"));

    /// <summary>Skips the test where the tool is not installed, unless <paramref name="requireVariable"/> is 1 (as in CI): then it fails.</summary>
    public static void SkipUnlessInstalled(string tool, string requireVariable)
    {
        if (IsInstalled(tool)) return;
        if (Environment.GetEnvironmentVariable(requireVariable) == "1")
            throw new InvalidOperationException($"{requireVariable}=1 but {Folder(tool)} has no node_modules: run `npm ci` there.");
        Skip.If(true, $"{tool} is not installed: run `npm ci` in {Folder(tool)}.");
    }

    /// <summary>Runs one of a tool's scripts, with <paramref name="input"/> on its standard input, and returns the JSON it prints; its errors fail the test with what it said.</summary>
    public static async Task<JsonElement> RunAsync(string tool, string script, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder(tool), RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null) await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, $"{script} failed: {await errors}");
        return JsonDocument.Parse(await output).RootElement;
    }

    /// <summary>A free loopback port, for a server that must be told its port before it starts.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
