namespace Folio.Features.Themes;

public static class ThemesFeature
{
    public static IServiceCollection AddThemesFeature(this IServiceCollection services)
    {
        services.AddScoped<SiteImages>();
        services.AddScoped<UpdateSiteDesignHandler>();
        return services;
    }
}
