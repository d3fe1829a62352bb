namespace Folio.Features.Menus;

public static class MenusFeature
{
    public static IServiceCollection AddMenusFeature(this IServiceCollection services)
    {
        services.AddScoped<MenuResolver>();
        services.AddScoped<MenuTargetQueries>();
        services.AddScoped<SaveMenuHandler>();
        services.AddScoped<SiteMenuQueries>();
        return services;
    }
}
