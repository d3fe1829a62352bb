namespace Folio.Features.Menus;

/// <summary>
/// The addresses a custom menu item may lead to: a web page (http or https), an email address
/// (mailto, for a "Contact" item), a path on the site, or a place on the page (<c>#</c>, which
/// WordPress menus give the items that only open a sub-menu). Anything else (<c>javascript:</c>, <c>data:</c>, a protocol-relative <c>//host</c>) is
/// refused, since every reader of the site would follow it.
/// </summary>
public static class MenuLinkAddress
{
    public static bool IsAllowed(string address)
    {
        if (address.Length is 0 or > MenuItem.UrlLength || address.Any(char.IsControl)) return false;
        if (address.StartsWith('#')) return true;
        if (address.StartsWith('/')) return !address.StartsWith("//", StringComparison.Ordinal) && !address.Contains('\\');
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme == Uri.UriSchemeMailto) return uri.UserInfo.Length > 0 && uri.Host.Length > 0;
        return (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;
    }
}
