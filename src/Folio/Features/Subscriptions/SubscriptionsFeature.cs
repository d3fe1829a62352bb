namespace Folio.Features.Subscriptions;

public static class SubscriptionsFeature
{
    /// <summary>Email subscriptions: follow-up comments on a post, and a site's new posts.</summary>
    public static IServiceCollection AddSubscriptionsFeature(this IServiceCollection services)
    {
        services.AddScoped<SubscribeHandler>();
        services.AddScoped<ManageSubscriptionHandler>();
        services.AddScoped<CommentFollowUps>();
        return services;
    }
}
