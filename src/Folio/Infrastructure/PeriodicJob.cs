namespace Folio.Infrastructure;

/// <summary>
/// Background work that runs on a timer and outlives its own failures: an error is logged and
/// the next tick tries again. The work itself must be safe on many servers at once (leases or
/// conditional updates), because every server runs every job.
/// </summary>
public abstract class PeriodicJob(TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    private TaskCompletionSource nextRound = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The clock the timer runs on; jobs read "now" from it too, so tests can move time.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>How long the job waits between rounds.</summary>
    public TimeSpan Period => interval;

    /// <summary>
    /// Completes when a round that starts after this call has ended (failed or not), so that
    /// whoever moved the clock or changed the data can know the job has seen it, without guessing
    /// how long that takes.
    /// </summary>
    public Task NextRoundAsync() => Volatile.Read(ref nextRound).Task;

    /// <summary>One round of the work: everything that is due now.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Clock);
        do
        {
            // Callers from here on wait for the round after this one: this one may have read the data already.
            var round = Interlocked.Exchange(ref nextRound, new(TaskCreationOptions.RunContinuationsAsynchronously));
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "{Job} failed; trying again in {Interval}.", GetType().Name, interval);
            }
            finally
            {
                // At Debug, for whoever watches a server from outside (the fleet tests): a round is over.
                logger.LogDebug("{Job} finished a round.", GetType().Name);
                round.TrySetResult();
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
