using System.Diagnostics;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// GNU gettext's <c>msgfmt</c>, the reference compiler of PO catalogues (Debian package
/// <c>gettext</c>). Skipped where it is not installed, unless FOLIO_REQUIRE_MSGFMT=1 (as in CI).
/// </summary>
public static class Msgfmt
{
    private const string Executable = "/usr/bin/msgfmt";

    public static void SkipUnlessInstalled()
    {
        if (File.Exists(Executable)) return;
        if (Environment.GetEnvironmentVariable("FOLIO_REQUIRE_MSGFMT") == "1")
            throw new InvalidOperationException($"FOLIO_REQUIRE_MSGFMT=1 but {Executable} is missing: install Debian's gettext package.");
        Skip.If(true, "msgfmt is not installed: install Debian's gettext package.");
    }

    /// <summary>Checks a catalogue as translators' tools do (<c>msgfmt --check</c>) and compiles it; returns the MO file and what msgfmt said.</summary>
    public static async Task<(byte[] Compiled, string Problems)> CompileAsync(string poFile)
    {
        var mo = Path.Combine(Path.GetTempPath(), $"folio-{Guid.NewGuid():N}.mo");
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "--check", "--output-file", mo, poFile }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var problems = await errors;
            Assert.True(process.ExitCode == 0, $"msgfmt refused {poFile}: {problems}");
            return (await File.ReadAllBytesAsync(mo), problems);
        }
        finally
        {
            File.Delete(mo);
        }
    }
}
