using Folio.Features.Notifications;
using Folio.Features.Reader;

namespace Folio.Features.Follows;

public static class FollowsFeature
{
    /// <summary>Following sites, the Reader, new posts and digests by mail, and the notices bloggers get.</summary>
    public static IServiceCollection AddFollowsFeature(this IServiceCollection services)
    {
        services.AddScoped<FollowSiteHandler>();
        services.AddScoped<ManageFollowsHandler>();
        services.AddScoped<FollowerQueries>();
        services.AddScoped<ReaderQueries>();
        services.AddScoped<NotifyBloggers>();
        services.AddSingleton<PostAnnouncer>();
        services.AddHostedService(provider => provider.GetRequiredService<PostAnnouncer>());
        services.AddSingleton<DigestMailer>();
        services.AddHostedService(provider => provider.GetRequiredService<DigestMailer>());
        return services;
    }
}
