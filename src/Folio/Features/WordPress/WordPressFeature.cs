namespace Folio.Features.WordPress;

public static class WordPressFeature
{
    /// <summary>Registers WordPress export import and export; needs the posts, comments, media and curation features.</summary>
    public static IServiceCollection AddWordPressFeature(this IServiceCollection services)
    {
        services.AddScoped<ImportWxrHandler>();
        services.AddScoped<WxrPosts>();
        services.AddScoped<WxrComments>();
        services.AddScoped<WxrTerms>();
        services.AddScoped<WxrMenus>();
        services.AddScoped<ImportedAttachments>();
        services.AddScoped<WxrExporter>();
        services.AddScoped<OldLinks>();
        return services;
    }
}
