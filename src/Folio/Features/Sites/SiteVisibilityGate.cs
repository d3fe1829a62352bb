using System.Security.Claims;
using Folio.Features.Identity;
using Folio.Features.Identity.ApplicationPasswords;
using Folio.Features.RestApi;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Sites;

/// <summary>
/// Endpoint metadata: strangers may reach this endpoint on a site that is private or coming soon.
/// Only doors that show none of the site's writing: logging in and out, accepting an invitation,
/// robots.txt, and XML-RPC (whose every call signs in and needs a member).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OpenToStrangersAttribute : Attribute;

/// <summary>
/// The one place that keeps a private or coming-soon site from strangers: every request to such
/// a site, whatever its endpoint (pages, archives, search, feeds, sitemap, oEmbed, REST, likes,
/// comments, media), passes here after sign-in is known and before the endpoint runs, and a reader
/// who is neither a member nor invited to read it gets the holding page, is sent to log in, or is refused. Public sites pay
/// one comparison. The output cache, which runs before sign-in is known, neither serves nor stores
/// any page of such a site (SitePageCachePolicy), so no stranger can be served a member's page.
/// </summary>
public sealed class SiteVisibilityGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentSite currentSite, SiteAccess access)
    {
        if (currentSite.Site is not { Visibility: not SiteVisibility.Public } site
            || context.GetEndpoint()?.Metadata.GetMetadata<OpenToStrangersAttribute>() is not null)
        {
            await next(context);
            return;
        }
        var rest = context.Request.Path.StartsWithSegments(RestApiRoutes.Root.TrimEnd('/'));
        // The REST API knows its callers by application password alone, never by a browser's cookie
        // (RestAuthentication), so it is asked the same way here.
        if (rest)
            context.User = (await context.AuthenticateAsync(ApplicationPasswordAuthentication.SchemeName)).Principal ?? new ClaimsPrincipal(new ClaimsIdentity());
        if (await access.MayReadAsync(context.RequestAborted))
        {
            // A reader's answer (an upload, say, sent as long-lived and public) may be kept by their
            // browser, never by a shared cache on the way that would hand it to the next stranger.
            context.Response.OnStarting(() =>
            {
                var cacheControl = context.Response.Headers.CacheControl.ToString();
                if (cacheControl.Contains("public", StringComparison.OrdinalIgnoreCase))
                    context.Response.Headers.CacheControl = cacheControl.Replace("public", "private", StringComparison.OrdinalIgnoreCase);
                return Task.CompletedTask;
            });
            await next(context);
            return;
        }

        // What a stranger is given is theirs alone and changes the moment they log in: no cache keeps it.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var signedIn = access.AccountId is not null;
        if (rest)
        {
            await RestPaging.Error("rest_forbidden", "This site is not public.",
                signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized).ExecuteAsync(context);
            return;
        }
        var reading = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        var back = $"{context.Request.Path}{context.Request.QueryString}";
        if (site.Visibility == SiteVisibility.Private && reading && !signedIn)
        {
            context.Response.Redirect(LoginPath(back));
            return;
        }
        // Coming soon answers 200 to a reader: the site is there, only not open yet, for weeks maybe;
        // a 503 would tell search engines and monitors it is down. noindex keeps the holding page out of search.
        var status = site.Visibility == SiteVisibility.ComingSoon && reading ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden;
        await new SiteClosedView(site, status, signedIn, LoginPath(back)).WriteAsync(context);
    }

    /// <summary>Logging in through the platform (PlatformLoginHandshake), then back to the address asked for.</summary>
    private static string LoginPath(string back) => $"{PlatformLoginHandshake.Path}?returnUrl={Uri.EscapeDataString(back)}";
}

public static class SiteVisibilityGates
{
    /// <summary>The pages of the identity feature (log in, log out, the login ticket) and an invitation's page are open to strangers.</summary>
    public static IServiceCollection AddSiteVisibilityGate(this IServiceCollection services) =>
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AddFolderApplicationModelConvention("/Identity", page => page.EndpointMetadata.Add(new OpenToStrangersAttribute()));
            options.Conventions.AddPageApplicationModelConvention("/Sites/AcceptInvitation", page => page.EndpointMetadata.Add(new OpenToStrangersAttribute()));
        });

    /// <summary>After sign-in is known and the site's language chosen (the pages it answers speak it), before any endpoint runs.</summary>
    public static IApplicationBuilder UseSiteVisibilityGate(this IApplicationBuilder app) => app.UseMiddleware<SiteVisibilityGate>();

    /// <summary>Strangers may reach these endpoints on a site that is not public.</summary>
    public static TBuilder OpenToStrangers<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenToStrangersAttribute());

    /// <summary>
    /// The layout of a page strangers may see on a site host: the site's own, with its menus, only
    /// when the site is public; else the platform's, which names nothing of the site.
    /// </summary>
    public static string StrangersLayout(CurrentSite currentSite) =>
        currentSite.Site is { Visibility: SiteVisibility.Public } ? "_SiteLayout" : "_PlatformLayout";
}
