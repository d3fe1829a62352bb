namespace Folio.Features.Identity.External;

/// <summary><c>Folio:Login:Oidc:{Name}</c>: one OpenID Connect provider offered as a login button.</summary>
public sealed class OidcProviderOptions
{
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";

    /// <summary>The button's name, such as "Mastodon" or "Company login"; the configuration key when empty.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Scopes asked for besides <c>openid</c>, space separated.</summary>
    public string Scopes { get; set; } = "profile email";
}

/// <summary>How Folio talks to a provider.</summary>
public enum ExternalProviderKind
{
    /// <summary>Any standard OpenID Connect provider, through Microsoft's handler.</summary>
    OpenIdConnect,

    /// <summary>A well-known OAuth service (GitHub, Google…), through OpenIddict's web providers.</summary>
    WebService,
}

/// <summary>A configured provider as the login buttons show it.</summary>
public sealed record ExternalProvider(string Name, string DisplayName, ExternalProviderKind Kind)
{
    private string Prefix => Kind == ExternalProviderKind.OpenIdConnect ? "oidc-" : "web-";

    /// <summary>The authentication scheme that talks to this provider.</summary>
    public string Scheme => Prefix + Name;

    /// <summary>Where the provider sends the browser back to, on the platform host.</summary>
    public string CallbackPath => "/signin-" + Prefix + Name.ToLowerInvariant();
}

/// <summary>The providers configured under <c>Folio:Login:Oidc</c> and <c>Folio:Login:Web</c>; read once at start-up.</summary>
public sealed class ExternalProviders(IReadOnlyList<ExternalProvider> providers)
{
    public const string Section = "Folio:Login:Oidc";

    public IReadOnlyList<ExternalProvider> All => providers;

    public ExternalProvider? Find(string name) => providers.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<(ExternalProvider Provider, OidcProviderOptions Options)> Read(IConfiguration configuration) =>
        configuration.GetSection(Section).GetChildren()
            .Select(section => (Section: section, Options: section.Get<OidcProviderOptions>() ?? new OidcProviderOptions()))
            .Where(entry => entry.Options.Authority.Length > 0 && entry.Options.ClientId.Length > 0)
            .Select(entry => (new ExternalProvider(entry.Section.Key, entry.Options.DisplayName.Length > 0 ? entry.Options.DisplayName : entry.Section.Key, ExternalProviderKind.OpenIdConnect), entry.Options))
            .ToList();
}
