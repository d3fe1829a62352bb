using Folio.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Folio.Features.Identity;

public static class IdentityFeature
{
    /// <summary>Passwords longer than this are refused before any hashing (a cheap denial-of-service guard).</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>The name of each host's session cookie.</summary>
    public const string SessionCookie = "folio_session";

    public static IServiceCollection AddIdentityFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // How soon a session learns its account logged out or changed password elsewhere.
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = configuration.GetValue("Folio:Login:SessionCheckInterval", TimeSpan.FromMinutes(1)));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<Account>(options =>
            {
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
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<FolioDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // Each host (the platform, every sub-domain, every custom domain) keeps its own session
        // cookie: no cookie is ever shared across tenants (DESIGN.md principle 2).
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
        });

        services.AddAuthorizationBuilder().AddSitePolicies();
        services.AddScoped<IAuthorizationHandler, SiteRoleHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<SiteAccess>();
        services.AddScoped<CreateAccountHandler>();
        services.AddScoped<LoginTickets>();
        return services;
    }
}
