using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Folio.Infrastructure;

/// <summary>A limit a feature declares: how many times one key may take the action in a window.</summary>
/// <param name="Name">Starts every key the limit counts; unique among the features' limits.</param>
/// <param name="Allowed">The number allowed, from the settings (<c>Folio:*PerMinute</c>).</param>
/// <param name="Window">The fixed window the number is counted in.</param>
public sealed record RateLimit(string Name, Func<FolioOptions, int> Allowed, TimeSpan Window);

/// <summary>
/// Counts the <see cref="RateLimit"/>s the features declare (commenting, logging in, having mail
/// sent): a few a minute is a person; more is a flood, a password guesser or someone filling
/// another's inbox. Counted by the <see cref="IFixedWindowCounter"/> in use: this process's memory
/// on a single server, Redis in a fleet, so that alternating between servers gains nothing.
/// </summary>
public sealed class RateLimits(IFixedWindowCounter counter, IOptions<FolioOptions> options)
{
    /// <summary>Counts one action for the key; when the key is over the limit, how long to wait.</summary>
    public ValueTask<TimeSpan?> TakeAsync(RateLimit limit, string key, CancellationToken cancellationToken) =>
        counter.TakeAsync($"{limit.Name}:{key}", limit.Allowed(options.Value), limit.Window, cancellationToken);

    /// <summary>Counts one action for the address and one for the person; when either is over the limit, how long to wait.</summary>
    public async ValueTask<TimeSpan?> TakeAsync(RateLimit limit, string? ipAddress, string? who, CancellationToken cancellationToken) =>
        await counter.TakeAsync($"{limit.Name}-ip:{ipAddress}", limit.Allowed(options.Value), limit.Window, cancellationToken)
        ?? await counter.TakeAsync($"{limit.Name}-who:{Person(who)}", limit.Allowed(options.Value), limit.Window, cancellationToken);

    /// <summary>An email (or other name of a person) as keys hold it: the same person whatever the case or spaces.</summary>
    public static string Person(string? who) => who?.Trim().ToLowerInvariant() ?? "";

    /// <summary>Answers 429 Too Many Requests with Retry-After; returns the whole seconds to wait, for the message.</summary>
    public static int Refuse(HttpResponse response, TimeSpan wait)
    {
        var seconds = Seconds(wait);
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        return seconds;
    }

    /// <summary>The wait in whole seconds, at least one: what Retry-After and the messages say.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}

public static class RateLimitRegistration
{
    /// <summary>Counts rate limits in this process's memory, unless a fleet registered its shared counter (Infrastructure/Fleet), before or after this.</summary>
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<RateLimits>();
        services.TryAddSingleton<IFixedWindowCounter, InProcessFixedWindowCounter>();
        return services;
    }
}
