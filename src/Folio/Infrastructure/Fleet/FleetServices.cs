using Folio.Features.Health;
using Folio.Features.Sites;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using StackExchange.Redis;

namespace Folio.Infrastructure.Fleet;

/// <summary>
/// Fleet mode (docs/architecture.md, principle 7): with <c>Folio:Redis</c> set, every server keeps what must
/// be shared in Redis — cached pages and their tags, data-protection keys, rate-limit counts — and
/// hears the others' site-settings changes. Without it nothing here is registered and a single
/// server keeps everything in its own memory and data directory, as it always has.
/// </summary>
public static class FleetServices
{
    private static readonly RedisKey DataProtectionKeys = "folio:data-protection-keys";

    /// <summary>Registers the shared stores when <c>Folio:Redis</c> is set; they replace the single-server ones whatever the order of registration.</summary>
    public static IServiceCollection AddFleet(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection(FolioOptions.Section)[nameof(FolioOptions.Redis)];
        if (string.IsNullOrWhiteSpace(redis)) return services;

        // One connection for everything; it is opened at start-up by the subscription below, so a
        // server that cannot reach Redis fails to start rather than serve half a fleet.
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));

        // Added (not tried), so it wins over AddOutputCache's in-memory store in either order.
        services.AddStackExchangeRedisOutputCache(cache => cache.InstanceName = "folio:output:");
        services.AddOptions<RedisOutputCacheOptions>()
            .Configure<IConnectionMultiplexer>((cache, connection) => cache.ConnectionMultiplexerFactory = () => Task.FromResult(connection));

        // PostConfigure runs after KeyStorage's Configure, so Redis replaces the key folder.
        services.AddOptions<KeyManagementOptions>()
            .PostConfigure<IConnectionMultiplexer>((keys, connection) => keys.XmlRepository = new RedisXmlRepository(() => connection.GetDatabase(), DataProtectionKeys));

        services.AddSingleton<IFixedWindowCounter, RedisFixedWindowCounter>();
        services.AddSingleton<ISiteDirectoryPeers, RedisSiteDirectoryPeers>();
        services.AddHostedService<SiteDirectorySubscription>();
        services.AddHealthChecks().AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(), "redis", tags: [HealthApi.Readiness]);
        return services;
    }
}
