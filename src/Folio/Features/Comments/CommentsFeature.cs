namespace Folio.Features.Comments;

public static class CommentsFeature
{
    public static IServiceCollection AddCommentsFeature(this IServiceCollection services)
    {
        services.AddSingleton<HeldCommentLinks>();
        services.AddScoped<CommentQueries>();
        services.AddScoped<CommentTargets>();
        services.AddScoped<SubmitCommentHandler>();
        services.AddSingleton<CommentWriter>();
        services.AddSingleton<UnsavedComments>();
        services.AddHostedService(provider => provider.GetRequiredService<CommentWriter>());
        services.AddScoped<ModerateCommentHandler>();
        services.AddScoped<EditCommentHandler>();
        services.AddScoped<DeleteCommentHandler>();
        services.AddScoped<CommentDrafts>();
        return services;
    }
}
