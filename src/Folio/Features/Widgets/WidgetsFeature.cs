namespace Folio.Features.Widgets;

public static class WidgetsFeature
{
    public static IServiceCollection AddWidgetsFeature(this IServiceCollection services)
    {
        services.AddScoped<SiteWidgetQueries>();
        services.AddScoped<SaveWidgetsHandler>();
        return services;
    }
}
