using Folio.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Bench;

/// <summary>
/// The read models' store as bench/run measures a cold post page: a request carrying
/// <see cref="Header"/> finds no read model (nor any generation), so its page is read from the
/// database and rendered, as every page is just after a comment or like evicts its read models.
/// Storing goes on as usual. Other requests see the store as it is.
/// </summary>
internal sealed class ColdReadModels(IOutputCacheStore store, IHttpContextAccessor http) : IOutputCacheStore
{
    public const string Header = "X-Folio-Bench-Cold";

    public static void Use(IServiceCollection services) =>
        services.AddSingleton(provider =>
        {
            var http = provider.GetRequiredService<IHttpContextAccessor>();
            return new ReadModelCache(new ColdReadModels(provider.GetRequiredService<IOutputCacheStore>(), http));
        });

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        http.HttpContext?.Request.Headers.ContainsKey(Header) == true ? ValueTask.FromResult<byte[]?>(null) : store.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        store.SetAsync(key, value, tags, validFor, cancellationToken);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => store.EvictByTagAsync(tag, cancellationToken);
}
