using StackExchange.Redis;

namespace Folio.Infrastructure.Fleet;

/// <summary>Fixed-window counts in Redis, shared by every server of the fleet.</summary>
internal sealed class RedisFixedWindowCounter(IConnectionMultiplexer redis) : IFixedWindowCounter
{
    // One script, so the count and its expiry are set together: no key is ever left counting
    // forever because a server stopped between the two.
    private static readonly LuaScript Take = LuaScript.Prepare("""
        local count = redis.call('INCR', @key)
        if count == 1 then redis.call('PEXPIRE', @key, @window) end
        return { count, redis.call('PTTL', @key) }
        """);

    public async ValueTask<TimeSpan?> TakeAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(Take,
            new { key = (RedisKey)("folio:rate:" + key), window = (long)window.TotalMilliseconds }))!;
        var count = (long)result[0];
        var remaining = (long)result[1];
        // At least a millisecond, so a window that ends right now still reads as "wait 1 second".
        return count <= limit ? null : TimeSpan.FromMilliseconds(Math.Max(remaining, 1));
    }
}
