using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// A throwaway Redis (Debian's <c>redis-server</c>) on a free loopback port, keeping nothing on
/// disk. Without redis-server the tests that need it are skipped and say why, unless
/// FOLIO_REQUIRE_REDIS=1 (as in CI), which makes them fail instead.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private const string Executable = "/usr/bin/redis-server";

    private readonly string folder = Directory.CreateTempSubdirectory("folio-redis-").FullName;
    private Process? process;

    public int Port { get; private set; }

    public bool IsRunning => process is not null;

    /// <summary>The StackExchange.Redis configuration string for <c>Folio:Redis</c>.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public void SkipUnlessRunning() => Skip.IfNot(IsRunning, "redis-server is not installed: apt-get install redis-server.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            if (Environment.GetEnvironmentVariable("FOLIO_REQUIRE_REDIS") == "1")
                throw new InvalidOperationException($"FOLIO_REQUIRE_REDIS=1 but {Executable} is missing: apt-get install redis-server.");
            return;
        }
        Port = LoopbackPorts.Free();
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--bind", "127.0.0.1", "--port", Port.ToString(), "--save", "", "--appendonly", "no", "--dir", folder, "--loglevel", "warning" })
            start.ArgumentList.Add(argument);
        process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await AnswersPingAsync())
        {
            if (process.HasExited || DateTime.UtcNow >= deadline)
                throw new InvalidOperationException($"redis-server did not answer PING on 127.0.0.1:{Port}.");
            await Task.Delay(100);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var reply = new byte[7];
            var read = await stream.ReadAsync(reply);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false; // not listening yet
        }
    }

    /// <summary>Stops Redis at once, as a crash would, for tests of what Folio does without it.</summary>
    public async Task StopAsync()
    {
        if (process is null) return;
        // Nothing is kept on disk, so there is nothing to lose by not shutting down politely.
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        process?.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
