namespace Folio.Features.Personal;

public static class PersonalFeature
{
    public static IServiceCollection AddPersonalFeature(this IServiceCollection services) => services.AddScoped<PersonalParts>();
}
