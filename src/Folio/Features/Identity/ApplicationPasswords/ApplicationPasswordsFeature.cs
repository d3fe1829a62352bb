using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;

namespace Folio.Features.Identity.ApplicationPasswords;

public static class ApplicationPasswordsFeature
{
    /// <summary>
    /// The scheme is never a default: only the REST API asks for it, so a browser's Basic
    /// header does nothing anywhere else.
    /// </summary>
    public static IServiceCollection AddApplicationPasswords(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApplicationPasswordAuthentication>(ApplicationPasswordAuthentication.SchemeName, null);
        return services.AddScoped<ApplicationPasswordStore>().AddScoped<ApplicationPasswordSignIn>();
    }

    /// <summary>
    /// WordPress's authorization address on every site, where apps send a reader to ask for an
    /// application password; accounts live on the platform, so the request continues there
    /// with the site's address added.
    /// </summary>
    public static IEndpointRouteBuilder MapAuthorizeApplicationLink(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuthorizationPath, (HttpContext context) =>
        {
            var query = context.Request.Query.Where(pair => pair.Key != "site_url").ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString());
            query["site_url"] = context.SiteUrl("/").TrimEnd('/');
            return Results.Redirect(QueryHelpers.AddQueryString(context.PlatformUrl(AuthorizeApplicationModel.Path), query));
        }).ForSites();
        return endpoints;
    }

    public const string AuthorizationPath = "/wp-admin/authorize-application.php";
}
