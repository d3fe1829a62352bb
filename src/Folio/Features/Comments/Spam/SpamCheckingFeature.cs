using Folio.Infrastructure.Settings;
using Microsoft.Extensions.Options;

namespace Folio.Features.Comments.Spam;

public static class SpamCheckingFeature
{
    /// <summary>The Akismet-compatible checker when <c>Folio:Akismet:Endpoint</c> is set; otherwise none.</summary>
    public static IServiceCollection AddSpamChecking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedSettings<AkismetOptions>(configuration, AkismetOptions.Section);
        services.AddHttpClient<AkismetSpamChecker>(http => http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Folio/1.0 | Akismet-compatible"));
        services.AddSingleton<NoSpamChecker>();
        services.AddTransient<ISpamChecker>(provider =>
            provider.GetRequiredService<IOptions<AkismetOptions>>().Value.Endpoint.Length > 0
                ? provider.GetRequiredService<AkismetSpamChecker>()
                : provider.GetRequiredService<NoSpamChecker>());
        return services;
    }
}
