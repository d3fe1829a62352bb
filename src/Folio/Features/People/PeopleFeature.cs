namespace Folio.Features.People;

public static class PeopleFeature
{
    public static IServiceCollection AddPeopleFeature(this IServiceCollection services)
    {
        services.AddScoped<PersonDirectory>();
        services.AddScoped<ProfileChanges>();
        services.AddScoped<AccountDeletion>();
        services.AddSingleton<AccountPurger>();
        services.AddHostedService(provider => provider.GetRequiredService<AccountPurger>());
        return services;
    }
}
