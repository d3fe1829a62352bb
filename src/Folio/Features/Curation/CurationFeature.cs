using Folio.Infrastructure.Settings;

namespace Folio.Features.Curation;

public static class CurationFeature
{
    /// <summary>Registers sources, their import and the poller; needs the fetching, feed-parsing and posts features.</summary>
    public static IServiceCollection AddCurationFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedSettings<CurationOptions>(configuration, CurationOptions.Section);
        services.AddScoped<AddSourceHandler>();
        services.AddScoped<ImportOpmlHandler>();
        services.AddScoped<EditSourceHandler>();
        services.AddScoped<DeleteSourceHandler>();
        services.AddScoped<FetchSourceHandler>();
        services.AddScoped<ItemImporter>();
        services.AddScoped<StoryClaims>();
        services.AddScoped<PostBodies>();
        services.AddScoped<ArticlePages>();
        services.AddScoped<FeaturedImages>();
        services.AddScoped<RepostFromUrlHandler>();
        services.AddScoped<CurationQueries>();
        services.AddScoped<RepostsElsewhere>();
        services.AddSingleton<SourcePoller>();
        services.AddHostedService(provider => provider.GetRequiredService<SourcePoller>());
        services.AddSingleton<OriginalChecker>();
        services.AddHostedService(provider => provider.GetRequiredService<OriginalChecker>());
        return services;
    }
}
