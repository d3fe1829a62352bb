using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Folio.Tests.Infrastructure;

/// <summary>Folio on a real Kestrel socket on loopback, for a real browser to open.</summary>
public class LiveFolioApp : FolioApp
{
    public LiveFolioApp() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>The port Kestrel listens on; hosts such as <c>demo.localhost</c> resolve to loopback.</summary>
    public int Port
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address).Port;
        }
    }

    public string UrlOf(string host, string path = "/") => $"http://{host}:{Port}{path}";
}
