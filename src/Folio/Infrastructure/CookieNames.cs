namespace Folio.Infrastructure;

/// <summary>
/// Under HTTPS (<c>Folio:PublicScheme=https</c>) Folio's session cookies carry the <c>__Host-</c>
/// prefix: browsers then refuse one that is not Secure, names a Domain or another Path, so no
/// host (another site, a parent domain) can plant or widen a session cookie.
/// </summary>
public static class CookieNames
{
    public const string HostPrefix = "__Host-";

    public static bool PrefixApplies(FolioOptions options) => options.PublicScheme == "https";

    /// <summary>The name to set: prefixed under HTTPS.</summary>
    public static string For(string name, FolioOptions options) => PrefixApplies(options) ? HostPrefix + name : name;

    /// <summary>
    /// Sets a small cookie of Folio's own on this host alone (prefixed under HTTPS): HttpOnly
    /// unless the page's scripts must read it, and Lax, so that it comes back on the top-level
    /// redirects of a login round trip.
    /// </summary>
    public static void AppendHostOnly(HttpContext context, string name, string value, TimeSpan maxAge, FolioOptions options, bool readableByScripts = false) =>
        context.Response.Cookies.Append(For(name, options), value, HostOnly(context, options, maxAge, readableByScripts));

    /// <summary>Deletes a cookie set with <see cref="AppendHostOnly"/>.</summary>
    public static void DeleteHostOnly(HttpContext context, string name, FolioOptions options) =>
        context.Response.Cookies.Delete(For(name, options), HostOnly(context, options, maxAge: null, readableByScripts: false));

    private static CookieOptions HostOnly(HttpContext context, FolioOptions options, TimeSpan? maxAge, bool readableByScripts) => new()
    {
        HttpOnly = !readableByScripts,
        SameSite = SameSiteMode.Lax,
        Secure = PrefixApplies(options) || context.Request.IsHttps,
        Path = "/",
        MaxAge = maxAge,
        IsEssential = true,
    };

    /// <summary>Whether the request carries the cookie, under either name.</summary>
    public static bool Has(IRequestCookieCollection cookies, string name) => cookies.ContainsKey(name) || cookies.ContainsKey(HostPrefix + name);
}
