using Folio.Infrastructure;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Folio.Features.Sites;

public static class SitesFeature
{
    public static IServiceCollection AddSitesFeature(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<CurrentSite>();
        services.AddSingleton<SiteDirectory>();
        // A fleet registers Redis peers instead (Infrastructure/Fleet), before or after this.
        services.TryAddSingleton<ISiteDirectoryPeers, NoSiteDirectoryPeers>();
        services.AddSingleton<PublicOrigin>();
        services.AddSingleton<MatcherPolicy, HostKindMatcherPolicy>();
        services.AddScoped<CreateSiteHandler>();
        services.AddScoped<InviteMemberHandler>();
        services.AddScoped<UpdateSiteSettingsHandler>();
        services.AddScoped<VerifyCustomDomainHandler>();
        services.AddSiteVisibilityGate();
        services.AddScoped<SiteDeletion>();
        services.AddSingleton<SitePurger>();
        services.AddHostedService(provider => provider.GetRequiredService<SitePurger>());
        return services;
    }
}
