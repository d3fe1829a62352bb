using System.Diagnostics;

namespace Folio.Tests.Infrastructure;

/// <summary>Folio as an operator starts it: <c>dotnet Folio.dll …</c> in a process of its own, on a test database.</summary>
public static class FolioProcess
{
    /// <summary>Folio.dll itself.</summary>
    public static readonly string FolioDll = typeof(Program).Assembly.Location;

    /// <summary>bench/run's tool, Folio.Bench.dll (its <c>serve</c> runs Folio with the measuring hooks).</summary>
    public static readonly string BenchDll = typeof(Folio.Bench.ColdReadModels).Assembly.Location;

    public static ProcessStartInfo StartInfo(TestDatabase database, IEnumerable<KeyValuePair<string, string>> settings, params string[] args) =>
        StartInfo(FolioDll, database, settings, args);

    public static ProcessStartInfo StartInfo(string dll, TestDatabase database, IEnumerable<KeyValuePair<string, string>> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in database.Settings().Concat(settings)) start.Environment[key.Replace(":", "__")] = value;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return start;
    }

    /// <summary>What an admin command printed and how it exited.</summary>
    public sealed record CommandResult(int ExitCode, string Output, string Error);

    /// <summary>Runs an admin command to its end (a minute at most, then it is killed) and collects what it printed.</summary>
    public static Task<CommandResult> RunCommandAsync(TestDatabase database, IEnumerable<KeyValuePair<string, string>> settings, params string[] args) =>
        RunCommandAsync(FolioDll, database, settings, args);

    public static async Task<CommandResult> RunCommandAsync(string dll, TestDatabase database, IEnumerable<KeyValuePair<string, string>> settings, params string[] args)
    {
        using var process = Process.Start(StartInfo(dll, database, settings, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // never leave a hung command behind
            throw;
        }
        return new CommandResult(process.ExitCode, await output, await error);
    }
}
