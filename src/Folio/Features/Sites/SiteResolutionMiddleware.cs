using Folio.Infrastructure;

namespace Folio.Features.Sites;

/// <summary>
/// Resolves, once per request, which site (or the platform) the Host header names, and fills
/// <see cref="CurrentSite"/>. Runs before routing so that endpoints can require a host kind.
/// Also tells <see cref="PublicOrigin"/> how readers reach Folio.
/// </summary>
public sealed class SiteResolutionMiddleware(RequestDelegate next, SiteDirectory directory, PublicOrigin origin)
{
    public async Task InvokeAsync(HttpContext context, CurrentSite currentSite)
    {
        origin.Observe(context.Request);
        var host = context.Request.Host.Host.TrimEnd('.').ToLowerInvariant();
        if (directory.IsPlatformHost(host))
        {
            currentSite.UsePlatform();
        }
        else if (await directory.FindByHostAsync(host, context.RequestAborted) is { } site)
        {
            currentSite.Use(site);
        }
        await next(context);
    }
}
