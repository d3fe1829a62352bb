using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Folio.Features.Fetching;
using Folio.Features.Sites;
using Folio.Tests.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Folio.Tests.Sites;

/// <summary>
/// The servers custom domains point at, standing in for DNS (there is no DNS server to test
/// with): Folio's fetcher reaches this one local server for every host name on port 80, and it
/// answers the verification path with what a test serves for the request's host.
/// </summary>
public sealed class DomainServers : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> served = new();
    private readonly LocalWebServer server;

    private DomainServers(LocalWebServer server) => this.server = server;

    public static async Task<DomainServers> StartAsync()
    {
        DomainServers? self = null;
        var server = await LocalWebServer.StartAsync(web => web.MapGet(CustomDomainVerification.Path, (HttpContext context) =>
            self!.served.TryGetValue(context.Request.Host.Host, out var body) ? Results.Text(body) : Results.NotFound()));
        self = new DomainServers(server);
        return self;
    }

    /// <summary>What the server of <paramref name="domain"/> answers at the verification path.</summary>
    public void Serve(string domain, string body) => served[domain] = body;

    /// <summary>Makes the Folio being built connect to this server whatever host its fetcher asks for.</summary>
    public void ReceiveFetchesOf(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddHttpClient(GuardedFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = async (_, cancellationToken) =>
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    await socket.ConnectAsync(IPAddress.Loopback, server.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                },
            }));

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
