using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Infrastructure;

/// <summary>
/// Read models (what a page is rendered from) kept in the output-cache store, beside the pages
/// themselves and under the same <see cref="CacheTags"/>: every write that evicts a page evicts
/// what it was rendered from, and in fleet mode the store is Redis, so an eviction by one server
/// is seen by every server on its next request. Nothing here needs an eviction of its own.
/// </summary>
/// <remarks>
/// A write that commits while a read model is being read from the database evicts its tags
/// before the stale read model is stored, which would then outlive the write. So a read model is
/// read under <see cref="Generation"/>s: an entry per tag, taken before the reads that the tag
/// guards and compared again just before storing. When an eviction removed one in between, the
/// read model serves the request that read it and is not stored.
/// </remarks>
public sealed class ReadModelCache(IOutputCacheStore store)
{
    /// <summary>A tag's generation as it was when reading began.</summary>
    public readonly record struct Generation(string Key, byte[] Value);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        store.GetAsync(key, cancellationToken);

    /// <summary>
    /// The stored read model, decoded once per stored value rather than once per request. The
    /// in-memory store hands out the very array it keeps until an eviction (or expiry) drops it,
    /// so the decoded object lives exactly as long as its bytes, and a value stored again after a
    /// write is decoded anew. In a fleet every lookup brings new bytes from Redis and is decoded
    /// as before. Requests share the decoded object: it must never be changed by one of them.
    /// </summary>
    public async ValueTask<T?> GetDecodedAsync<T>(string key, Func<byte[], T?> decode, CancellationToken cancellationToken) where T : class
    {
        if (await GetAsync(key, cancellationToken) is not { } stored) return null;
        return Decoded<T>.ByStoredValue.TryGetValue(stored, out var kept) ? kept : Decoded<T>.ByStoredValue.GetValue(stored, decode.Invoke);
    }

    /// <summary>
    /// Decodes a read model stored as JSON. A value that does not read (another shape, from
    /// another version of the fleet) is a miss: read again from the database, and stored again.
    /// </summary>
    public static Func<byte[], T?> JsonDecoder<T>(JsonTypeInfo<T> type) where T : class => stored =>
    {
        try
        {
            return JsonSerializer.Deserialize(stored, type);
        }
        catch (JsonException)
        {
            return null;
        }
    };

    /// <summary>Decoded read models, held weakly by the arrays they were decoded from.</summary>
    private static class Decoded<T> where T : class
    {
        public static readonly ConditionalWeakTable<byte[], T?> ByStoredValue = new();
    }

    /// <summary>The tag's current generation, started now when an eviction (or its expiry) ended the last one.</summary>
    public async Task<Generation> BeginAsync(string tag, CancellationToken cancellationToken)
    {
        var key = "folio-read:generation:" + tag;
        if (await store.GetAsync(key, cancellationToken) is { Length: > 0 } current) return new Generation(key, current);
        var value = RandomNumberGenerator.GetBytes(16);
        await store.SetAsync(key, value, [tag], SitePageCachePolicy.Lifetime, cancellationToken);
        return new Generation(key, value);
    }

    /// <summary>Stores the read model under its tags, unless an eviction ended one of the generations it was read under.</summary>
    public async Task SetAsync(string key, byte[] value, string[] tags, IReadOnlyList<Generation> readUnder, CancellationToken cancellationToken)
    {
        foreach (var generation in readUnder)
        {
            if (await store.GetAsync(generation.Key, cancellationToken) is not { } now || !now.AsSpan().SequenceEqual(generation.Value)) return;
        }
        await store.SetAsync(key, value, tags, SitePageCachePolicy.Lifetime, cancellationToken);
    }
}
