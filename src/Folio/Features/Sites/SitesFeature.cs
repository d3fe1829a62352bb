using Folio.Infrastructure;
using Microsoft.AspNetCore.Routing.Matching;

namespace Folio.Features.Sites;

public static class SitesFeature
{
    public static IServiceCollection AddSitesFeature(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<CurrentSite>();
        services.AddSingleton<SiteDirectory>();
        services.AddSingleton<PublicOrigin>();
        services.AddSingleton<MatcherPolicy, HostKindMatcherPolicy>();
        services.AddScoped<CreateSiteHandler>();
        services.AddScoped<InviteMemberHandler>();
        services.AddScoped<UpdateSiteSettingsHandler>();
        return services;
    }
}
