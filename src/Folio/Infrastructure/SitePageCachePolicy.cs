using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Infrastructure;

/// <summary>
/// The output-cache policy of a site's public pages and feeds: every anonymous-safe GET is
/// cached per host and tagged with its site, so writes evict exactly what they change.
/// Per-visitor pieces must never be rendered into these pages (docs/architecture.md, principle 3).
/// </summary>
internal sealed class SitePageCachePolicy(PersonalCookies personalCookies) : IOutputCachePolicy
{
    public const string Name = "site-page";

    /// <summary>A safety net: writes evict pages (and the read models they are rendered from) the moment they change them.</summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Each remembered site's settings digest, worked out once per <see cref="SiteView"/> that SiteDirectory holds.</summary>
    private static readonly ConditionalWeakTable<SiteView, string> Digests = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var site = context.HttpContext.RequestServices.GetRequiredService<CurrentSite>().Site;
        // A reader with a personal cookie (an outside commenter, a post's password) gets pages
        // rendered for them, neither served from nor stored in the cache everyone else shares. A
        // signed-in reader is not one: their own parts come apart (Features/Personal).
        // A site that is not public is never cached: its pages differ for members and strangers,
        // and the cache answers before anyone is known (SiteVisibilityGate).
        var cacheable = site is { Visibility: SiteVisibility.Public }
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            // The cache runs before authorization (Program.cs): a page that needs it is never shared.
            && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is null
            && !request.Headers.ContainsKey("Authorization")
            && !personalCookies.AnyIn(request.Cookies);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // A render whose reader left before it was sent is never stored: ASP.NET Core would keep
        // what was written of it, a page cut short, for every later reader (dotnet/aspnetcore#56427,
        // fixed for .NET 11). The middleware reads this flag when the body is complete.
        if (cacheable)
        {
            var http = context.HttpContext;
            http.Response.RegisterForDispose(http.RequestAborted.Register(() => context.AllowCacheStorage = false));
        }
        // Concurrent requests for a page not yet cached wait for the first to render it, except on
        // pages the first request is often abandoned for a second (WithoutCacheLockingAttribute).
        context.AllowLocking = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<WithoutCacheLockingAttribute>() is null;
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.ResponseExpirationTimeSpan = Lifetime;
        if (site is not null)
        {
            context.Tags.Add(CacheTags.Site(site.Id));
            // Pages are keyed by the settings they were rendered from, the same digest on every
            // server. A server that renders a page from settings another server has just changed
            // (its message to forget them still on the way) stores it under the old settings' key,
            // where no request that knows the new settings looks.
            context.CacheVaryByRules.VaryByValues["site-settings"] = Digests.GetValue(site, Digest);
        }
        return ValueTask.CompletedTask;
    }

    private static string Digest(SiteView site) => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(site)), 0, 8);

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only whole, shareable answers: never an error, a redirect to fix later, or a cookie.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey("Set-Cookie"))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
