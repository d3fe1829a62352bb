namespace Folio.Features.Likes;

public static class LikesFeature
{
    public static IServiceCollection AddLikesFeature(this IServiceCollection services)
    {
        services.AddScoped<LikeQueries>();
        services.AddScoped<LikePostHandler>();
        services.AddScoped<UnlikePostHandler>();
        services.AddSingleton<LikeIntents>();
        return services;
    }
}
