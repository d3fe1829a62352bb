using System.Text.Json;
using Folio.Features.Sites;
using StackExchange.Redis;

namespace Folio.Infrastructure.Fleet;

/// <summary>
/// Listens for the fleet's "forget this site" messages (<see cref="RedisSiteDirectoryPeers"/>) and
/// forgets the site's hosts in this server's <see cref="SiteDirectory"/>. The writer has already
/// evicted the site's pages from the shared cache; a page this server renders from the old
/// settings before the message arrives is stored under the old settings' cache key (see
/// <see cref="SitePageCachePolicy"/>), which no request reads once the settings are forgotten.
/// The writer hears its own message too; forgetting twice does no harm.
/// </summary>
internal sealed class SiteDirectorySubscription(IConnectionMultiplexer redis, SiteDirectory directory, ILogger<SiteDirectorySubscription> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var messages = await redis.GetSubscriber().SubscribeAsync(RedisSiteDirectoryPeers.Channel);
        messages.OnMessage(Forget);
    }

    private void Forget(ChannelMessage message)
    {
        try
        {
            var hosts = JsonSerializer.Deserialize<string[]>(message.Message.ToString())
                ?? throw new JsonException("An empty message.");
            directory.ForgetHosts(hosts);
        }
        catch (JsonException exception)
        {
            // Only another program on the channel could send this; the site's settings then expire on their own within SiteDirectory's lifetime.
            logger.LogError(exception, "Ignored a message on {Channel} that is not a site to forget: {Message}.", RedisSiteDirectoryPeers.Channel, message.Message.ToString());
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().UnsubscribeAsync(RedisSiteDirectoryPeers.Channel);
}
