using Folio.Data;
using Folio.Features.Identity.ApplicationPasswords;
using Folio.Features.Identity.External;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Folio.Infrastructure.Settings;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Folio.Features.Identity;

public static class IdentityFeature
{
    /// <summary>Passwords longer than this are refused before any hashing (a cheap denial-of-service guard).</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>Why a password over <see cref="MaxPasswordLength"/> is refused, in the request's language.</summary>
    public static string PasswordTooLong(Localizer T) => T["A password can be at most {0} characters long.", MaxPasswordLength];

    private const string SessionCheckIntervalKey = "Folio:Login:SessionCheckInterval";

    /// <summary>The name of each host's session cookie.</summary>
    public const string SessionCookie = "folio_session";

    public static IServiceCollection AddIdentityFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // How soon a session's claims (name, roles) are read again from its account. Whether the
        // session still lives at all is checked on every request (BrowserSessions.ValidateAsync).
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = configuration.GetValue(SessionCheckIntervalKey, TimeSpan.FromMinutes(1)));
        services.AddKnownSettings(new KnownSection(SessionCheckIntervalKey));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<Account>(options =>
            {
                UseStoreSchema(options.Stores);
                options.User.RequireUniqueEmail = true;
                // Handles come from Slugs.From, which keeps letters of every script.
                options.User.AllowedUserNameCharacters = "";
                // Length over composition rules, as NIST SP 800-63B advises.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.SignIn.RequireConfirmedEmail = true;
                // Failed logins never lock an account (LoginModel passes lockoutOnFailure: false):
                // a lock that anyone's wrong guesses set keeps the owner out. RateLimits slows
                // guessing per address instead.
            })
            .AddEntityFrameworkStores<FolioDbContext>()
            .AddErrorDescriber<AccountErrors>()
            .AddSignInManager<DeletedAccountSignIn>()
            .AddDefaultTokenProviders();

        // Each host (the platform, every sub-domain, every custom domain) keeps its own session
        // cookie: no cookie is ever shared across tenants (docs/architecture.md, principle 2).
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = SessionCookie;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/login/";
            cookie.AccessDeniedPath = "/login/";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.Events.OnSigningIn = BrowserSessions.StartUnlessContinuedAsync;
            cookie.Events.OnValidatePrincipal = BrowserSessions.ValidateAsync;
            cookie.Events.OnSignedIn = context =>
            {
                SignedInHint.Keep(context.HttpContext);
                return PlatformSessionHint.OnSignedInAsync(context);
            };
            cookie.Events.OnSigningOut = context =>
            {
                SignedInHint.Clear(context.HttpContext);
                return PlatformSessionHint.OnSigningOutAsync(context);
            };
        });
        // The session cookie is not a personal cookie: a signed-in reader gets the page everyone
        // shares, and their own parts of it from Features/Personal.
        services.AddSingleton<IdentityRateLimits>();
        services.AddScoped<BrowserSessions>();
        services.AddScoped<PasswordCheckForNobody>().AddSingleton<PasswordCheckForNobody.NobodysHash>();

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).PostConfigure<IOptions<FolioOptions>>(UseHostPrefix);
        services.AddOptions<CookieAuthenticationOptions>(ExternalCommenterSession.Scheme).PostConfigure<IOptions<FolioOptions>>(UseHostPrefix);
        services.AddOptions<AntiforgeryOptions>().PostConfigure<IOptions<FolioOptions>>((antiforgery, folio) =>
        {
            if (!CookieNames.PrefixApplies(folio.Value)) return;
            antiforgery.Cookie.Name = CookieNames.HostPrefix + "folio_antiforgery";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });

        services.AddAuthorizationBuilder().AddSitePolicies();
        services.AddScoped<IAuthorizationHandler, SiteRoleHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<SiteAccess>();
        services.AddScoped<CreateAccountHandler>();
        services.AddScoped<ConfirmationMail>();
        services.AddScoped<LoginTickets>();
        services.AddApplicationPasswords();
        return services;
    }

    /// <summary>
    /// Identity's schema version 3 adds the passkeys table. The model reads it from the identity
    /// options, so the design-time factories that write migrations use this too.
    /// </summary>
    public static void UseStoreSchema(StoreOptions stores) => stores.SchemaVersion = IdentitySchemaVersions.Version3;

    private static void UseHostPrefix(CookieAuthenticationOptions cookie, IOptions<FolioOptions> folio)
    {
        if (!CookieNames.PrefixApplies(folio.Value)) return;
        cookie.Cookie.Name = CookieNames.For(cookie.Cookie.Name!, folio.Value);
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.Cookie.Path = "/";
        cookie.Cookie.Domain = null;
    }
}
