using System.Text.Json;
using Folio.Features.Sites;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Folio.Infrastructure.Fleet;

/// <summary>
/// Listens for the fleet's "forget this site" messages (<see cref="RedisSiteDirectoryPeers"/>):
/// forgets the site's hosts in this server's <see cref="SiteDirectory"/>, then evicts the site's
/// pages. Evicting after forgetting means no page this server rendered from the old settings
/// outlives the message, even one cached between the writer's eviction and this message. The
/// writer hears its own message too; forgetting and evicting twice does no harm.
/// </summary>
internal sealed class SiteDirectorySubscription(
    IConnectionMultiplexer redis, SiteDirectory directory, IOutputCacheStore cache, ILogger<SiteDirectorySubscription> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var messages = await redis.GetSubscriber().SubscribeAsync(RedisSiteDirectoryPeers.Channel);
        messages.OnMessage(ForgetAsync);
    }

    private async Task ForgetAsync(ChannelMessage message)
    {
        try
        {
            var site = JsonSerializer.Deserialize<ForgottenSite>(message.Message.ToString())
                ?? throw new JsonException("An empty message.");
            directory.ForgetHosts(site.Hosts);
            await cache.EvictSiteAsync(site.SiteId);
        }
        catch (Exception exception)
        {
            // A lost message leaves the site's settings in memory for at most SiteDirectory's lifetime.
            logger.LogError(exception, "Could not forget a site after a peer's message {Message}.", message.Message.ToString());
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().UnsubscribeAsync(RedisSiteDirectoryPeers.Channel);
}
