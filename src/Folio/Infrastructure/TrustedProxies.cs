using System.Net;
using Folio.Infrastructure.Settings;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Folio.Infrastructure;

/// <summary>
/// Behind a reverse proxy the client's address and scheme arrive in <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c>. They are believed only from the proxies listed in
/// <c>Folio:TrustedProxies</c> (addresses or CIDR networks, as a list or comma-separated); with
/// none listed they are ignored, so no client can pick the address its rate limits count against.
/// </summary>
public static class TrustedProxies
{
    public const string Key = "Folio:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKnownSettings(new KnownSection(Key));
        var section = configuration.GetSection(Key);
        var entries = (section.Value?.Split(',') ?? section.GetChildren().Select(child => child.Value ?? ""))
            .Select(entry => entry.Trim()).Where(entry => entry.Length > 0).ToList();
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in entries)
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(entry, out var proxy)) proxies.Add(proxy);
            else throw new InvalidOperationException($"{Key}: \"{entry}\" is neither an IP address nor a network such as 10.0.0.0/8.");
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Unwrap every trusted hop (a CDN in front of a load balancer); the first address that
            // is not a trusted proxy is the client.
            options.ForwardLimit = null;
            // Only what the operator listed: the framework's default trusts loopback.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    /// <summary>Reads the forwarded headers from trusted proxies; does nothing when none are configured.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count + options.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }
}
