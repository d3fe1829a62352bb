namespace Folio.Infrastructure;

/// <summary>
/// Background work that runs on a timer and outlives its own failures: an error is logged and
/// the next tick tries again. The work itself must be safe on many servers at once (leases or
/// conditional updates), because every server runs every job.
/// </summary>
public abstract class PeriodicJob(TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The clock the timer runs on; jobs read "now" from it too, so tests can move time.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>One round of the work: everything that is due now.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "{Job} failed; trying again in {Interval}.", GetType().Name, interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
