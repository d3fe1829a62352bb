using Folio.Infrastructure;
using Folio.Infrastructure.Settings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Folio.Features.Identity.External;

public static class ExternalLoginFeature
{
    private const string AllowHttpAuthoritiesKey = "Folio:Login:AllowHttpAuthorities";

    /// <summary>
    /// One OpenID Connect scheme per provider under <c>Folio:Login:Oidc</c>, answering on the
    /// platform host only; site hosts reach them through the platform's signed hand-over.
    /// Microsoft's handler does state, nonce and PKCE on every login.
    /// </summary>
    public static IServiceCollection AddExternalLogins(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = ExternalProviders.Read(configuration);
        var webServices = WebProviderLogins.Read(configuration);
        services.AddSingleton(new ExternalProviders([.. configured.Select(entry => entry.Provider), .. webServices.Select(entry => entry.Provider)]));
        services.AddScoped<ExternalIdentities>();
        services.AddScoped<ExternalIdentityLinks>();
        services.AddScoped<ExternalAvatars>();
        var allowHttpAuthorities = configuration.GetValue<bool>(AllowHttpAuthoritiesKey);
        services.AddKnownSettings(new KnownSection(ExternalProviders.Section, typeof(OidcProviderOptions), PerNamedChild: true));
        services.AddKnownSettings(new KnownSection(WebProviderLogins.Section, typeof(WebProviderOptions), PerNamedChild: true));
        services.AddKnownSettings(new KnownSection(AllowHttpAuthoritiesKey));

        // A commenter signed in with an outside identity sees the comment form filled in for them.
        services.AddPersonalCookie(ExternalCommenterSession.CookieName);
        var authentication = services.AddAuthentication();
        authentication.AddCookie(ExternalCommenterSession.Scheme, cookie =>
        {
            cookie.Cookie.Name = ExternalCommenterSession.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(30);
            cookie.SlidingExpiration = true;
        });
        foreach (var (provider, options) in configured)
            authentication.AddOpenIdConnect(provider.Scheme, provider.DisplayName, oidc =>
            {
                oidc.Authority = options.Authority;
                oidc.ClientId = options.ClientId;
                oidc.ClientSecret = options.ClientSecret;
                oidc.CallbackPath = provider.CallbackPath;
                oidc.SignInScheme = IdentityConstants.ExternalScheme;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                // The provider answers with a top-level GET, which carries the SameSite=Lax
                // correlation and nonce cookies; a cross-site form_post would not.
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.UsePkce = true;
                oidc.GetClaimsFromUserInfoEndpoint = true; // many providers put only "sub" in the id_token
                oidc.ClaimActions.MapUniqueJsonKey("picture", "picture"); // not among the handler's defaults
                oidc.MapInboundClaims = false;
                oidc.RequireHttpsMetadata = !allowHttpAuthorities;
                oidc.Scope.Clear();
                oidc.Scope.Add("openid");
                foreach (var scope in options.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)) oidc.Scope.Add(scope);
                oidc.Events.OnRemoteFailure = failure =>
                {
                    // A tampered state, a replayed or refused code, a cancelled login: say so plainly.
                    failure.Response.Redirect($"/login/?failed={Uri.EscapeDataString(provider.DisplayName)}");
                    failure.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        WebProviderLogins.Add(services, webServices, allowHttpAuthorities);
        return services;
    }
}
