using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Folio.Tests.Fetching;

/// <summary>A small Kestrel server on a loopback address and an ephemeral port, answering with the routes a test maps.</summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly StrongBox<int> requests;

    private LocalWebServer(WebApplication app, StrongBox<int> requests)
    {
        this.app = app;
        this.requests = requests;
        BaseUrl = new Uri(app.Urls.Single());
    }

    public Uri BaseUrl { get; }

    public int Port => BaseUrl.Port;

    /// <summary>How many requests the server has been sent, whatever their path.</summary>
    public int Requests => Volatile.Read(ref requests.Value);

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public static async Task<LocalWebServer> StartAsync(Action<WebApplication> map, string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new StrongBox<int>();
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref requests.Value);
            await next(context);
        });
        map(app);
        await app.StartAsync();
        return new LocalWebServer(app, requests);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
