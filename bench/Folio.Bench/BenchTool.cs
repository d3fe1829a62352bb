using System.CommandLine;
using Folio.Data;

namespace Folio.Bench;

/// <summary>
/// bench/run's tool. <c>serve …</c> runs Folio's web server with the measuring hooks (the rest of
/// the arguments are Folio's own: <c>--urls</c>, settings); <c>fill</c> and <c>dataset</c> write
/// benchmark data into the database Folio's settings name (bench/README.md).
/// </summary>
internal static class BenchTool
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["serve", .. var folioArgs]) return FolioEntryPoint.Run(folioArgs, ColdReadModels.Use);

        // Folio's start-up logs stay out of the output bench/run reads.
        var services = FolioEntryPoint.Services(["--Logging:LogLevel:Default=Warning"]);
        if (!await services.PrepareDatabaseAsync(seedDemo: false)) return 1;
        var root = new RootCommand("Folio's benchmark tool: serve (Folio's web server with the measuring hooks, followed by Folio's own arguments), fill and dataset.");
        foreach (var command in BenchCommands.Create(services).Subcommands) root.Subcommands.Add(command);
        return await root.Parse(args).InvokeAsync();
    }
}
