using System.Security.Cryptography;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Folio.Features.Identity;

/// <summary>
/// A cookie that tells the platform's sub-domains "this browser is logged in at the platform",
/// so that a site can sign a reader in without a click (<see cref="PlatformSessionFollowing"/>).
/// It proves nothing and grants nothing: it carries a random value, not the session, and a
/// site that sees it only sends the browser through the login handshake, where the platform's
/// own session cookie decides. It is set for the root domain, so every <c>x.{RootDomain}</c>
/// receives it; custom domains do not, and browsers refuse to share a cookie across sites, so
/// there a reader signs in with one click (the comment form's "log in", the Like button).
/// </summary>
/// <remarks>
/// A root domain without a dot (the default, <c>localhost</c>) cannot carry it: browsers keep a
/// cookie for <c>localhost</c> to that host alone. Run with <c>Folio:RootDomain=folio.localhost</c>
/// to try it on one machine.
/// </remarks>
public static class PlatformSessionHint
{
    public const string Cookie = "folio_known";

    /// <summary>As long as a session cookie lives unused; each handshake renews it.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>The hint this request carries, or null.</summary>
    public static string? Of(HttpRequest request) => request.Cookies[Cookie] is { Length: > 0 } value ? value : null;

    /// <summary>Gives the browser a new hint (after logging in at the platform, or a handshake that found the platform session live).</summary>
    public static void Set(HttpContext context)
    {
        if (SharedDomain(context) is not { } domain) return;
        context.Response.Cookies.Append(Cookie, Convert.ToHexString(RandomNumberGenerator.GetBytes(8)), Options(context, domain, Lifetime));
    }

    /// <summary>Takes the hint away (logging out, or a handshake that found no platform session).</summary>
    public static void Clear(HttpContext context)
    {
        if (SharedDomain(context) is not { } domain || Of(context.Request) is null) return;
        context.Response.Cookies.Delete(Cookie, Options(context, domain, maxAge: null));
    }

    /// <summary>The session cookie's sign-in event: at the platform, the browser is now known on every sub-domain.</summary>
    internal static Task OnSignedInAsync(CookieSignedInContext context)
    {
        if (context.HttpContext.RequestServices.GetRequiredService<CurrentSite>().Kind == HostKind.Platform) Set(context.HttpContext);
        return Task.CompletedTask;
    }

    /// <summary>The session cookie's sign-out event, on the platform or a sub-domain: no longer known anywhere.</summary>
    internal static Task OnSigningOutAsync(CookieSigningOutContext context)
    {
        Clear(context.HttpContext);
        return Task.CompletedTask;
    }

    /// <summary>The root domain, when the request's host is it or one of its sub-domains and the browser can share a cookie across them.</summary>
    private static string? SharedDomain(HttpContext context)
    {
        var root = context.RequestServices.GetRequiredService<IOptions<FolioOptions>>().Value.RootDomain;
        if (!root.Contains('.')) return null;
        var host = context.Request.Host.Host;
        return host.Equals(root, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + root, StringComparison.OrdinalIgnoreCase) ? root : null;
    }

    private static CookieOptions Options(HttpContext context, string domain, TimeSpan? maxAge) => new()
    {
        Domain = domain,
        Path = "/",
        HttpOnly = true,
        // Lax: sent when a reader follows a link to a site from anywhere, which is when it is read.
        SameSite = SameSiteMode.Lax,
        Secure = CookieNames.PrefixApplies(context.RequestServices.GetRequiredService<IOptions<FolioOptions>>().Value) || context.Request.IsHttps,
        MaxAge = maxAge,
        IsEssential = true,
    };
}
