using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

/// <summary>A comment answered as saved survives <c>kill -9</c> of the server (DESIGN.md principle 4).</summary>
public sealed class KillTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly int port = FreePort();

    [Fact]
    public async Task A_saved_comment_survives_kill_9_of_the_server()
    {
        string heldLink;
        using (var server = await StartAsync())
        try
        {
            using var client = Client();
            var home = await client.GetDocumentAsync("/");
            var post = home.QuerySelector("article .post-title a")!.GetAttribute("href")!;
            var saved = await client.PostAsync(post + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Comment"] = "Written just before the crash.", ["Form.Author"] = "Kim", ["Form.Email"] = "kim@example.com",
            }));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            heldLink = saved.Headers.Location!.OriginalString.Split('#')[0];

            server.Kill(); // SIGKILL: no shutdown, no flush
            await server.WaitForExitAsync();
        }
        finally
        {
            Stop(server);
        }

        using var restarted = await StartAsync();
        try
        {
            using var client = Client();
            var page = await client.GetDocumentAsync(heldLink);
            Assert.Contains(page.QuerySelectorAll(".comment-content"), c => c.TextContent.Trim() == "Written just before the crash.");
        }
        finally
        {
            Stop(restarted);
        }
    }

    /// <summary>Never leaves a server behind, even when an assertion fails half-way.</summary>
    private static void Stop(Process server)
    {
        if (!server.HasExited) server.Kill(entireProcessTree: true);
    }

    /// <summary>A client for the demo site on the real socket (.NET's resolver does not map *.localhost, so the Host is set by hand).</summary>
    private HttpClient Client()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        client.DefaultRequestHeaders.Host = $"demo.localhost:{port}";
        return client;
    }

    private async Task<Process> StartAsync()
    {
        var process = Process.Start(FolioProcess.StartInfo(database, [new("Folio:DemoPassword", "demo password for tests")], "--urls", $"http://127.0.0.1:{port}"))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await probe.GetAsync("/healthz")).IsSuccessStatusCode) return process;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (process.HasExited || DateTime.UtcNow >= deadline)
            {
                Stop(process);
                Assert.Fail(process.HasExited ? "Folio stopped while starting." : "Folio did not answer /healthz within a minute.");
            }
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => database.Dispose();
}
