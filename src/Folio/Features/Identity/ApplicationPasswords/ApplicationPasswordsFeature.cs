using Microsoft.AspNetCore.Authentication;

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
        return services.AddScoped<ApplicationPasswordStore>();
    }
}
