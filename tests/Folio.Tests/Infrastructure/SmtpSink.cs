using System.Diagnostics;
using MimeKit;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (npm <c>smtp-server</c>, tests/tools/smtp-sink) on a loopback port, which
/// writes each message it accepts to a folder. Without its node_modules the mail tests are
/// skipped and say why, unless FOLIO_REQUIRE_SMTP=1 (as in CI), which makes them fail instead.
/// </summary>
public sealed class SmtpSink : IAsyncLifetime
{
    private Process? process;

    public string Folder { get; } = Directory.CreateTempSubdirectory("folio-smtp-").FullName;
    public int Port { get; private set; }

    private static string ToolFolder => NodeTools.Folder("smtp-sink");

    public void SkipUnlessRunning() =>
        Skip.If(process is null, $"The SMTP test server is not installed: run `npm ci` in {ToolFolder}.");

    public async Task InitializeAsync()
    {
        if (!NodeTools.IsInstalled("smtp-sink"))
        {
            if (Environment.GetEnvironmentVariable("FOLIO_REQUIRE_SMTP") == "1")
                throw new InvalidOperationException($"FOLIO_REQUIRE_SMTP=1 but {ToolFolder} has no node_modules: run `npm ci` there.");
            return;
        }
        var start = new ProcessStartInfo("node") { WorkingDirectory = ToolFolder, RedirectStandardOutput = true, RedirectStandardInput = true };
        start.ArgumentList.Add("smtp-sink.mjs");
        start.ArgumentList.Add(Folder);
        process = Process.Start(start)!;
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20))
            ?? throw new InvalidOperationException("The SMTP test server stopped before it listened.");
        Port = int.Parse(ready.Split(' ')[1]);
    }

    /// <summary>
    /// The message to the address whose subject holds the words. No waiting: the server writes a
    /// message before it accepts it, so whatever Folio's outbox has sent is already here.
    /// </summary>
    public MimeMessage Received(string to, string subjectContains) =>
        Assert.Single(Directory.GetFiles(Folder, "*.eml").Select(path => MimeMessage.Load(path)),
            m => m.To.Mailboxes.Any(box => box.Address == to) && (m.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal));

    public async Task DisposeAsync()
    {
        if (process is null) return;
        process.StandardInput.Close(); // the server exits when its input ends
        if (!process.WaitForExit(5000)) process.Kill(entireProcessTree: true);
        await Task.CompletedTask;
        process.Dispose();
    }
}
