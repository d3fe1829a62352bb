namespace Folio.Features.Comments;

public static class CommentsFeature
{
    public static IServiceCollection AddCommentsFeature(this IServiceCollection services)
    {
        services.AddSingleton<CommentRenderer>();
        services.AddSingleton<HeldCommentLinks>();
        services.AddSingleton<CommentRateLimits>();
        services.AddScoped<CommentQueries>();
        services.AddScoped<SubmitCommentHandler>();
        services.AddScoped<ModerateCommentHandler>();
        services.AddScoped<EditCommentHandler>();
        services.AddScoped<CommentDrafts>();
        return services;
    }
}
