using Folio.Features.Sites;
using Microsoft.Extensions.Options;

namespace Folio.Infrastructure;

/// <summary>
/// The scheme and port of Folio's public addresses, for links made outside a request, such as
/// the mail background work sends. Configured (<c>Folio:PublicScheme</c>, <c>Folio:PublicPort</c>)
/// behind a proxy; otherwise learnt from the requests that arrive, so <c>dotnet run</c> on
/// port 5000 mails links to port 5000, or, in an admin command, from the server's settings.
/// </summary>
public sealed class PublicOrigin(IOptions<FolioOptions> options, SiteDirectory directory)
{
    private volatile string? observedScheme;
    private int observedPort;

    public void Observe(HttpRequest request) => Observe(request.Scheme, PortOf(request.HttpContext, options.Value) ?? 0);

    /// <summary>
    /// For a process that answers no requests (an admin command): links as a server started with
    /// the same settings serves them, on the first address it is told to listen on (<c>urls</c>,
    /// as <c>--urls</c> or <c>ASPNETCORE_URLS</c> set it; else <c>http_ports</c>, <c>https_ports</c>),
    /// else on Kestrel's own default, <c>http://localhost:5000</c>, where <c>dotnet run</c> serves.
    /// </summary>
    public void AssumeServedAsConfigured(IConfiguration configuration)
    {
        var address = First(configuration["urls"]) is { } url ? BindingAddress.Parse(url)
            : First(configuration["http_ports"]) is { } httpPort ? BindingAddress.Parse($"http://localhost:{httpPort}")
            : First(configuration["https_ports"]) is { } httpsPort ? BindingAddress.Parse($"https://localhost:{httpsPort}")
            : BindingAddress.Parse("http://localhost:5000");
        Observe(address.Scheme, address.Port);

        static string? First(string? list) => list?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
    }

    private void Observe(string scheme, int port)
    {
        observedScheme = scheme;
        Volatile.Write(ref observedPort, port);
    }

    /// <summary>
    /// The port that links back to this server should name, for a request: the Host header's only
    /// when the connection really arrived on that port (<c>dotnet run</c> on :5000); anyone can
    /// write any port there, and a reset link must not lead to the port an attacker chose.
    /// Otherwise the configured <c>Folio:PublicPort</c>, or none (a proxy on the scheme's port).
    /// </summary>
    public static int? PortOf(HttpContext context, FolioOptions folio) =>
        context.Request.Host.Port is { } port && port == context.Connection.LocalPort ? port
        : folio.PublicPort > 0 ? folio.PublicPort
        : null;

    /// <summary>An absolute URL of a path on a site's primary host.</summary>
    public string SiteUrl(SiteView site, string path) => Url(directory.HostOf(site), path);

    public string Url(string host, string path)
    {
        var folio = options.Value;
        var scheme = folio.PublicScheme.Length > 0 ? folio.PublicScheme : observedScheme ?? "http";
        var port = folio.PublicPort > 0 ? folio.PublicPort : folio.PublicScheme.Length > 0 ? 0 : Volatile.Read(ref observedPort);
        var isDefaultPort = port == 0 || (scheme == "http" && port == 80) || (scheme == "https" && port == 443);
        return $"{scheme}://{host}{(isDefaultPort ? "" : $":{port}")}{path}";
    }
}
