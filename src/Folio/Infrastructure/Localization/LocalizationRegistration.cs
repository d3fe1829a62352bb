using Microsoft.Extensions.Localization;

namespace Folio.Infrastructure.Localization;

public static class LocalizationRegistration
{
    /// <summary>The shipped catalogues and the <see cref="Localizer"/> over them, also as ASP.NET Core's <see cref="IStringLocalizer"/>.</summary>
    public static IServiceCollection AddCatalogues(this IServiceCollection services)
    {
        services.AddSingleton(_ => Catalogues.Shipped());
        services.AddSingleton<Localizer>();
        services.AddSingleton<IStringLocalizer>(provider => provider.GetRequiredService<Localizer>());
        return services;
    }
}
