namespace Folio.Features.People;

public static class PeopleFeature
{
    public static IServiceCollection AddPeopleFeature(this IServiceCollection services) => services.AddScoped<PersonDirectory>();
}
