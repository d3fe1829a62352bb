using Folio.Features.Sites;
using Microsoft.Extensions.Options;

namespace Folio.Infrastructure;

/// <summary>
/// Absolute links to the current site and to the platform, on the request's scheme and port
/// (<see cref="PublicOrigin.PortOf"/>: never a port the Host header made up). Mail sent while
/// answering a request takes its links from here.
/// </summary>
public static class LinkExtensions
{
    /// <summary>An absolute URL of a path on the current site's primary host.</summary>
    public static string SiteUrl(this HttpContext context, string path) =>
        context.SiteUrl(context.RequestServices.GetRequiredService<CurrentSite>().Required, path);

    /// <summary>An absolute URL of a path on a given site's primary host.</summary>
    public static string SiteUrl(this HttpContext context, SiteView site, string path) =>
        HostUrl(context, context.RequestServices.GetRequiredService<SiteDirectory>().HostOf(site), path);

    /// <summary>An absolute URL of a path on the platform (the root domain).</summary>
    public static string PlatformUrl(this HttpContext context, string path = "/") =>
        HostUrl(context, context.RequestServices.GetRequiredService<IOptions<FolioOptions>>().Value.RootDomain, path);

    /// <summary>An absolute URL of a path on the given host (a site's custom domain, or its sub-domain).</summary>
    public static string HostUrl(this HttpContext context, string host, string path)
    {
        var port = PublicOrigin.PortOf(context, context.RequestServices.GetRequiredService<IOptions<FolioOptions>>().Value);
        return $"{context.Request.Scheme}://{host}{(port is null ? "" : $":{port}")}{path}";
    }
}
