using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// A running <c>dotnet Folio.dll</c> (<see cref="FolioProcess"/>) on a loopback port, started once
/// it answers <c>/healthz</c>, with what it printed kept for the test to read. Disposing it kills
/// it, so no server outlives its test, even one whose assertion failed half-way.
/// </summary>
public sealed class FolioServer : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private FolioServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Every line the server has printed so far, standard output and error alike.</summary>
    public IReadOnlyCollection<string> Output => output;

    public static async Task<FolioServer> StartAsync(TestDatabase database, IEnumerable<KeyValuePair<string, string>> settings, bool withBenchHooks = false)
    {
        var server = Launch(database, settings, withBenchHooks);
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    /// <summary>
    /// Starts the process and returns at once, for tests that watch or interrupt its start. With
    /// the bench hooks, it is Folio as bench/run measures it (<c>Folio.Bench.dll serve</c>).
    /// </summary>
    public static FolioServer Launch(TestDatabase database, IEnumerable<KeyValuePair<string, string>> settings, bool withBenchHooks = false)
    {
        var port = LoopbackPorts.Free();
        string[] listen = ["--urls", $"http://127.0.0.1:{port}"];
        var process = Process.Start(withBenchHooks
            ? FolioProcess.StartInfo(FolioProcess.BenchDll, database, settings, ["serve", .. listen])
            : FolioProcess.StartInfo(database, settings, listen))!;
        var server = new FolioServer(process, port);
        process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Waits until the server answers <c>/healthz</c>; fails, with what it printed, when it stops or a minute passes first.</summary>
    public async Task WaitUntilAnsweringAsync()
    {
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/") };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (process.HasExited || DateTime.UtcNow >= deadline)
            {
                // Read before Dispose, which leaves no process to ask.
                var why = process.HasExited ? "Folio stopped while starting:\n" : "Folio did not answer /healthz within a minute:\n";
                Dispose();
                Assert.Fail(why + string.Join("\n", Output));
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Waits until the server has printed a line that matches, and returns it; fails when it stops or the time passes first.</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> matches, TimeSpan within)
    {
        await WaitUntilPrintedAsync(printed => printed.Any(matches), within);
        return Output.First(matches);
    }

    /// <summary>Waits until what the server has printed so far satisfies the test; fails when it stops or the time passes first.</summary>
    public async Task WaitUntilPrintedAsync(Func<IReadOnlyCollection<string>, bool> enough, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!enough(Output))
        {
            if (process.HasExited || DateTime.UtcNow >= deadline)
                Assert.Fail($"Folio {(process.HasExited ? "stopped" : $"went on for {within.TotalSeconds:0} s")} without printing what the test awaited:\n" + string.Join("\n", Output));
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// A client for the host on this server's socket (.NET's resolver does not map *.localhost, so
    /// the Host is set by hand). It does not follow redirects; clients that share a cookie
    /// container share cookies across servers, as one browser behind a load balancer does.
    /// </summary>
    public HttpClient Client(string host, CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{Port}/") };
        client.DefaultRequestHeaders.Host = $"{host}:{Port}";
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flush.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    private void Keep(string? line)
    {
        if (line is not null) output.Enqueue(line);
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
