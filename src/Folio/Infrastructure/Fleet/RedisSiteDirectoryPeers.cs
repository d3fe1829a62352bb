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

    /// <summary>The message is the hosts as a JSON array.</summary>
    public void Forget(IReadOnlyList<string> hosts) =>
        redis.GetSubscriber().Publish(Channel, JsonSerializer.Serialize(hosts), CommandFlags.FireAndForget);
}
