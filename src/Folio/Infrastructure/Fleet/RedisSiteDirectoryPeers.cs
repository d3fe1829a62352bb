using System.Text.Json;
using Folio.Features.Sites;
using StackExchange.Redis;

namespace Folio.Infrastructure.Fleet;

/// <summary>
/// Tells the fleet that a site's settings changed, on a Redis pub/sub channel that every server
/// listens to (<see cref="SiteDirectorySubscription"/>). Pub/sub reaches the servers connected at
/// that moment, within milliseconds; one that was disconnected misses the message, and its memory
/// of the site then expires on its own within <see cref="SiteDirectory"/>'s one-minute lifetime.
/// </summary>
internal sealed class RedisSiteDirectoryPeers(IConnectionMultiplexer redis) : ISiteDirectoryPeers
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("folio:site-directory:forget");

    public void Forget(long siteId, IReadOnlyList<string> hosts) =>
        redis.GetSubscriber().Publish(Channel, JsonSerializer.Serialize(new ForgottenSite(siteId, hosts)), CommandFlags.FireAndForget);
}

/// <summary>The message on <see cref="RedisSiteDirectoryPeers.Channel"/>.</summary>
internal sealed record ForgottenSite(long SiteId, IReadOnlyList<string> Hosts);
