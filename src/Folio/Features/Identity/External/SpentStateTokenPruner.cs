using Folio.Infrastructure;
using OpenIddict.Abstractions;

namespace Folio.Features.Identity.External;

/// <summary>
/// Deletes the records of logins through the common OAuth services once they can no longer be
/// answered: a state token lives minutes, its record is kept a day. Safe on every server at once
/// (a delete of what is old).
/// </summary>
public sealed class SpentStateTokenPruner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SpentStateTokenPruner> logger)
    : PeriodicJob(Interval, clock, logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    internal static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(Clock.GetUtcNow() - KeptFor, cancellationToken);
    }
}
