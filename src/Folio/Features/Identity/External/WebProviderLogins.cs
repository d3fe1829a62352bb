using Folio.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Client.AspNetCore;

namespace Folio.Features.Identity.External;

/// <summary><c>Folio:Login:Web:{Name}</c>: a well-known OAuth service offered as a login button.</summary>
public sealed class WebProviderOptions
{
    /// <summary>GitHub, Google, Facebook, Twitter (X) or Mastodon; the configuration key when empty.</summary>
    public string Service { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";

    /// <summary>For Mastodon: the instance people log in at, such as https://mastodon.social/.</summary>
    public string Instance { get; set; } = "";

    /// <summary>The button's name; the service's own name (or the Mastodon instance's host) when empty.</summary>
    public string DisplayName { get; set; } = "";

    public WebProviderOptions WithService(string service) =>
        new() { Service = service, ClientId = ClientId, ClientSecret = ClientSecret, Instance = Instance, DisplayName = DisplayName };
}

/// <summary>
/// The common OAuth services (GitHub, Google, Facebook, X, Mastodon instances) through
/// OpenIddict's client and its web-provider integrations: each service's quirks (endpoints,
/// scopes, user-info shapes, PKCE where offered) are kept up to date by that project rather
/// than by us. Each login ends at Folio's own callback, which turns the service's claims into
/// the (issuer, subject) identity the rest of Folio knows, and continues exactly as an OpenID
/// Connect login does.
/// </summary>
public static class WebProviderLogins
{
    public const string Section = "Folio:Login:Web";

    public static IReadOnlyList<(ExternalProvider Provider, WebProviderOptions Options)> Read(IConfiguration configuration) =>
        configuration.GetSection(Section).GetChildren()
            .Select(section => (Key: section.Key, Options: section.Get<WebProviderOptions>() ?? new WebProviderOptions()))
            .Where(entry => entry.Options.ClientId.Length > 0)
            .Select(entry => entry.Options.Service.Length > 0 ? entry : (entry.Key, Options: entry.Options.WithService(entry.Key)))
            .Select(entry => (new ExternalProvider(entry.Key, DisplayNameOf(entry.Options), ExternalProviderKind.WebService), entry.Options))
            .ToList();

    public static void Add(IServiceCollection services, IReadOnlyList<(ExternalProvider Provider, WebProviderOptions Options)> configured, bool allowHttp)
    {
        if (configured.Count == 0) return;
        services.AddOpenIddict()
            // Each state token is recorded in the database and marked redeemed when its answer
            // comes back, so an answer replayed on any server of the fleet is refused.
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<FolioDbContext>())
            .AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            // State tokens are protected with ASP.NET Core Data Protection, whose keys the fleet
            // shares; the ephemeral keys only satisfy OpenIddict's start-up check.
            client.UseDataProtection();
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            var aspNetCore = client.UseAspNetCore().EnableRedirectionEndpointPassthrough().EnableErrorPassthrough();
            if (allowHttp) aspNetCore.DisableTransportSecurityRequirement();
            client.UseSystemNetHttp();
            client.SetRedirectionEndpointUris(configured.Select(entry => entry.Provider.CallbackPath.TrimStart('/')).ToArray());
            var web = client.UseWebProviders();
            foreach (var (provider, options) in configured) Register(web, provider, options);
        });
        services.AddHostedService<SpentStateTokenPruner>();
    }

    /// <summary>Folio's end of each service's login: the service's answer, checked by OpenIddict, becomes Folio's external sign-in.</summary>
    public static IEndpointRouteBuilder MapWebProviderCallbacks(this IEndpointRouteBuilder endpoints)
    {
        var providers = endpoints.ServiceProvider.GetRequiredService<ExternalProviders>().All;
        foreach (var provider in providers.Where(provider => provider.Kind == ExternalProviderKind.WebService))
            endpoints.MapMethods(provider.CallbackPath, [HttpMethods.Get, HttpMethods.Post], async (HttpContext context) =>
            {
                var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
                if (!result.Succeeded || WebProviderClaims.ToIdentity(result.Principal, provider) is not { } principal)
                    return Results.Redirect($"/login/?failed={Uri.EscapeDataString(provider.DisplayName)}");
                var properties = new AuthenticationProperties(result.Properties!.Items.ToDictionary()) { RedirectUri = ExternalLoginApi.DonePath };
                await context.SignInAsync(IdentityConstants.ExternalScheme, principal, properties);
                return Results.Redirect(ExternalLoginApi.DonePath);
            }).WithMetadata(new Sites.PlatformPageAttribute());
        return endpoints;
    }

    private static void Register(OpenIddictClientWebIntegrationBuilder web, ExternalProvider provider, WebProviderOptions options)
    {
        var callback = provider.CallbackPath.TrimStart('/');
        switch (options.Service.ToLowerInvariant())
        {
            case "github":
                web.AddGitHub(github => github.SetProviderName(provider.Scheme).SetProviderDisplayName(provider.DisplayName).SetRegistrationId(provider.Name)
                    .SetClientId(options.ClientId).SetClientSecret(options.ClientSecret).SetRedirectUri(callback));
                break;
            case "google":
                web.AddGoogle(google => google.SetProviderName(provider.Scheme).SetProviderDisplayName(provider.DisplayName).SetRegistrationId(provider.Name)
                    .SetClientId(options.ClientId).SetClientSecret(options.ClientSecret).SetRedirectUri(callback).AddScopes("profile"));
                break;
            case "facebook":
                web.AddFacebook(facebook => facebook.SetProviderName(provider.Scheme).SetProviderDisplayName(provider.DisplayName).SetRegistrationId(provider.Name)
                    .SetClientId(options.ClientId).SetClientSecret(options.ClientSecret).SetRedirectUri(callback));
                break;
            case "twitter" or "x":
                web.AddTwitter(twitter => twitter.SetProviderName(provider.Scheme).SetProviderDisplayName(provider.DisplayName).SetRegistrationId(provider.Name)
                    .SetClientId(options.ClientId).SetClientSecret(options.ClientSecret).SetRedirectUri(callback));
                break;
            case "mastodon":
                web.AddMastodon(mastodon => mastodon.SetProviderName(provider.Scheme).SetProviderDisplayName(provider.DisplayName).SetRegistrationId(provider.Name)
                    .SetIssuer(options.Instance).SetClientId(options.ClientId).SetClientSecret(options.ClientSecret).SetRedirectUri(callback));
                break;
            default:
                throw new InvalidOperationException(
                    $"{Section}:{provider.Name}: Service \"{options.Service}\" is not one Folio knows. Use GitHub, Google, Facebook, Twitter or Mastodon, or configure an OpenID Connect provider under {ExternalProviders.Section}.");
        }
    }

    private static string DisplayNameOf(WebProviderOptions options) =>
        options.DisplayName.Length > 0 ? options.DisplayName
        : options.Service.ToLowerInvariant() switch
        {
            "github" => "GitHub",
            "google" => "Google",
            "facebook" => "Facebook",
            "twitter" or "x" => "X",
            "mastodon" when Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance) => instance.Host,
            _ => options.Service,
        };
}
