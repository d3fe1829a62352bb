using System.Diagnostics;
using System.Text.Json;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// WordPress's JavaScript API client (npm <c>wpapi</c>) run by a small script under
/// tests/tools/wpapi. Skipped where it is not installed, unless FOLIO_REQUIRE_WPAPI=1 (as in CI).
/// </summary>
public static class WpapiClient
{
    private const string Tool = "wpapi";

    public static void SkipUnlessAvailable()
    {
        if (NodeTools.IsInstalled(Tool)) return;
        if (Environment.GetEnvironmentVariable("FOLIO_REQUIRE_WPAPI") == "1")
            throw new InvalidOperationException($"FOLIO_REQUIRE_WPAPI=1 but {NodeTools.Folder(Tool)} has no node_modules: run `npm ci` there.");
        Skip.If(true, $"The wpapi client is not installed: run `npm ci` in {NodeTools.Folder(Tool)}.");
    }

    /// <summary>Runs one of the tool's scripts and returns the JSON it prints; its errors fail the test with what it said.</summary>
    public static async Task<JsonElement> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = NodeTools.Folder(Tool), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, $"{script} failed: {await errors}");
        return JsonDocument.Parse(await output).RootElement;
    }
}
