using Microsoft.Extensions.Options;

namespace Folio.Infrastructure.Settings;

public static class SettingsRegistration
{
    /// <summary>
    /// Binds a configuration section to <typeparamref name="TSettings"/>, checks its
    /// <see cref="System.ComponentModel.DataAnnotations"/> rules when the app starts (not at the
    /// first request that reads it) and records the section so that misspelt keys under it are
    /// reported (<see cref="UnknownSettings"/>).
    /// </summary>
    public static IServiceCollection AddValidatedSettings<TSettings>(this IServiceCollection services, IConfiguration configuration, string section) where TSettings : class
    {
        services.AddOptions<TSettings>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TSettings>>(new SectionRules<TSettings>(section));
        return services.AddKnownSettings(new KnownSection(section, typeof(TSettings)));
    }

    /// <summary>Records settings read without an options class (such as one key read while services are registered).</summary>
    public static IServiceCollection AddKnownSettings(this IServiceCollection services, KnownSection section) =>
        services.AddSingleton(section);
}
