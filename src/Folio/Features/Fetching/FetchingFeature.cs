using Folio.Infrastructure;
using Folio.Infrastructure.Settings;
using Microsoft.Extensions.Options;

namespace Folio.Features.Fetching;

public static class FetchingFeature
{
    /// <summary>Registers <see cref="GuardedFetcher"/>, its named client and <see cref="RobotsRules"/>.</summary>
    public static IServiceCollection AddFetchingFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedSettings<FetchOptions>(configuration, FetchOptions.Section);
        services.AddMemoryCache();
        services.AddHttpClient(GuardedFetcher.ClientName, (provider, client) =>
            {
                // The fetcher enforces its own deadline over all redirects and the body.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent",
                    GuardedFetcher.UserAgent(provider.GetRequiredService<IOptions<FolioOptions>>().Value));
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
                GuardedFetcher.CreateHandler(provider.GetRequiredService<IOptions<FetchOptions>>().Value));
        services.AddSingleton<GuardedFetcher>();
        services.AddSingleton<RobotsRules>();
        return services;
    }
}
