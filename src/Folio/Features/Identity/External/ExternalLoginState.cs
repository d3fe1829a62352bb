using Microsoft.AspNetCore.Authentication;

namespace Folio.Features.Identity.External;

/// <summary>
/// What a login with an outside provider is for, carried inside the round trip's protected
/// state (never in a query anyone could edit): the host that asked, where to go back to on
/// it, which provider, when an account is connecting one of its identities, that account, and
/// for a site host, the mark of the browser its ticket is for (<see cref="LoginTicketBrowser"/>).
/// </summary>
public sealed record ExternalLoginState(string Provider, string Host, string ReturnPath, long? LinkToAccountId, string? Browser = null)
{
    private const string BrowserItem = "folio_browser";
    private const string HostItem = "folio_host";
    private const string ReturnItem = "folio_return";
    private const string ProviderItem = "folio_provider";
    private const string LinkItem = "folio_link_account";

    public AuthenticationProperties ToProperties(string redirectUri)
    {
        var properties = new AuthenticationProperties { RedirectUri = redirectUri };
        properties.Items[HostItem] = Host;
        properties.Items[ReturnItem] = ReturnPath;
        properties.Items[ProviderItem] = Provider;
        if (Browser is not null) properties.Items[BrowserItem] = Browser;
        if (LinkToAccountId is { } accountId) properties.Items[LinkItem] = accountId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return properties;
    }

    /// <summary>The state of a completed round trip, or null when it carries none of ours.</summary>
    public static ExternalLoginState? From(AuthenticationProperties? properties)
    {
        if (properties is null || !properties.Items.TryGetValue(ProviderItem, out var provider) || provider is null) return null;
        var link = properties.Items.TryGetValue(LinkItem, out var account) && long.TryParse(account, out var id) ? id : (long?)null;
        return new ExternalLoginState(provider, Item(properties, HostItem), Infrastructure.SafeReturn.Path(Item(properties, ReturnItem)), link,
            properties.Items.TryGetValue(BrowserItem, out var browser) ? browser : null);
    }

    private static string Item(AuthenticationProperties properties, string key) =>
        properties.Items.TryGetValue(key, out var value) ? value ?? "" : "";
}
