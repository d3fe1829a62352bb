using Folio.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Folio.Features.Demo;

/// <summary>
/// Tells whoever started Folio, once the demo site was just created, where it is and how to log
/// in, in one block, when the server listens (before then its port is not known).
/// </summary>
public sealed class DemoWelcome(IHostApplicationLifetime lifetime, IServer server, IOptions<FolioOptions> options, ILogger<DemoWelcome> logger)
{
    private const string Block = """
        The demo site is ready.
            Address:  {Address}
            Log in:   {LogIn}
            Email:    {Email}
            Password: {Password}
        """;

    /// <param name="generatedPassword">The password made up for the demo blogger, or null when Folio:DemoPassword chose it (a secret not to print).</param>
    public void AnnounceOnceListening(string? generatedPassword) => lifetime.ApplicationStarted.Register(() =>
    {
        var site = SiteAddress();
        var password = generatedPassword is null
            ? "the one set in Folio:DemoPassword"
            : $"{generatedPassword}   (made up now and shown only this once; set Folio:DemoPassword to choose it)";
        logger.Log(generatedPassword is null ? LogLevel.Information : LogLevel.Warning, Block, site, $"{site}login/", DemoSeeder.BloggerEmail, password);
    });

    /// <summary>The demo site on the scheme and port the server listens on (the first address).</summary>
    private string SiteAddress()
    {
        var host = $"{DemoSeeder.Slug}.{options.Value.RootDomain}";
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (listening is null) return $"http://{host}/";
        // Kestrel lists wildcard bindings as "http://+:80" or "http://[::]:80", which Uri may refuse: only the scheme and port are taken.
        var scheme = listening.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "https" : "http";
        var port = int.TryParse(listening[(listening.LastIndexOf(':') + 1)..].TrimEnd('/'), out var number) ? number : 0;
        var defaultPort = scheme == "https" ? 443 : 80;
        return port is 0 || port == defaultPort ? $"{scheme}://{host}/" : $"{scheme}://{host}:{port}/";
    }
}
