using Folio.Data;
using Microsoft.AspNetCore.Identity;

namespace Folio.Features.Identity;

public static class IdentityFeature
{
    public static IServiceCollection AddIdentityFeature(this IServiceCollection services)
    {
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
            })
            .AddEntityFrameworkStores<FolioDbContext>();
        services.AddScoped<CreateAccountHandler>();
        return services;
    }
}
