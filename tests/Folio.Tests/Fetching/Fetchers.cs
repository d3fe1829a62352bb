using System.Net;
using Folio.Features.Fetching;
using Folio.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Folio.Tests.Fetching;

/// <summary>The guarded fetcher as the app registers it, with the limits a test sets (small, so tests are fast).</summary>
public static class Fetchers
{
    public static ServiceProvider Services(Action<FetchOptions> configure, Func<IPAddress, string?>? addressPolicy = null)
    {
        var services = new ServiceCollection();
        services.Configure<FolioOptions>(folio => folio.RootDomain = "folio.test");
        services.AddFetchingFeature(new ConfigurationBuilder().Build());
        services.Configure(configure);
        if (addressPolicy is not null)
        {
            services.AddHttpClient(GuardedFetcher.ClientName).ConfigurePrimaryHttpMessageHandler(provider =>
                GuardedFetcher.CreateHandler(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<FetchOptions>>().Value, addressPolicy));
        }
        return services.BuildServiceProvider();
    }

    /// <summary>A fetcher that may reach 127.0.0.1 on any of the given ports, as the tests' servers listen there.</summary>
    public static GuardedFetcher ForLocalServers(params int[] ports) => ForLocalServers(_ => { }, ports);

    public static GuardedFetcher ForLocalServers(Action<FetchOptions> configure, params int[] ports) =>
        Services(options =>
        {
            options.AllowPrivateNetworks = true;
            options.AllowedPorts = [.. ports];
            configure(options);
        }).GetRequiredService<GuardedFetcher>();

    /// <summary>A fetcher with production's address policy, but allowed to use the given ports.</summary>
    public static GuardedFetcher Guarded(params int[] ports) =>
        Services(options => options.AllowedPorts = [.. ports]).GetRequiredService<GuardedFetcher>();
}
