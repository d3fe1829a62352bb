using Microsoft.Extensions.Options;

namespace Folio.Infrastructure.Settings;

public static class SettingsCheck
{
    /// <summary>
    /// Checks every validated settings section before Folio touches its database or starts
    /// serving: a bad value stops the start with the key, the rule and what to do, instead of an
    /// exception from deep inside whatever first used it. Unknown <c>Folio:</c> keys are warned
    /// about. Returns whether the start may go on.
    /// </summary>
    public static bool SettingsAreValid(this IServiceProvider services)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SettingsCheck).FullName!);
        foreach (var (key, meant) in UnknownSettings.Find(services.GetRequiredService<IConfiguration>(), services.GetServices<KnownSection>()))
        {
            log.LogWarning("The setting {Key} is not one Folio reads, so it has no effect.{Meant}", key,
                meant is null ? "" : $" Did you mean {meant}?");
        }
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception invalid) when (BrokenRules(invalid) is { Count: > 0 } problems)
        {
            log.LogCritical("Folio cannot start: {Problems} Correct the setting (in appsettings.json, an environment variable such as Folio__SchedulerInterval, or a --Folio:Key=value argument) and start again.",
                string.Join(" ", problems));
        }
        catch (InvalidOperationException unreadable) when (unreadable.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The binder's own message names the key and the type it expected.
            log.LogCritical("Folio cannot start: {Problem} Correct the setting and start again.", unreadable.Message);
        }
        return false;
    }

    /// <summary>The rules broken, whether one section broke them or several (an <see cref="AggregateException"/> of sections).</summary>
    private static List<string> BrokenRules(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException several => [.. several.InnerExceptions.OfType<OptionsValidationException>().SelectMany(invalid => invalid.Failures)],
        _ => [],
    };
}
