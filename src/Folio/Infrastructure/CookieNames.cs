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

    /// <summary>Whether the request carries the cookie, under either name.</summary>
    public static bool Has(IRequestCookieCollection cookies, string name) => cookies.ContainsKey(name) || cookies.ContainsKey(HostPrefix + name);
}
