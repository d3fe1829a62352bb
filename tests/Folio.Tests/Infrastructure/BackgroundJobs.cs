using Folio.Features.Mail;
using Folio.Infrastructure;

namespace Folio.Tests.Infrastructure;

/// <summary>Lets a test wait for Folio's background jobs by their own signal instead of by the clock on the wall.</summary>
public static class BackgroundJobs
{
    /// <summary>Only a job that hangs reaches this: it fails the test, it never paces it.</summary>
    private static readonly TimeSpan Hung = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Waits until the job has run a whole round that started after this call, so it has seen
    /// everything saved before. On a clock the test holds (<see cref="FolioApp.Clock"/>) this moves
    /// the clock on by the job's period; on the real clock the job's own timer brings the round.
    /// </summary>
    public static async Task RunRoundAsync<TJob>(this FolioApp app) where TJob : PeriodicJob
    {
        var job = app.Services.GetRequiredService<TJob>();
        var round = job.NextRoundAsync();
        app.Clock?.Advance(job.Period);
        await round.WaitAsync(Hung);
    }

    /// <summary>Waits for the outbox to send everything queued before this call.</summary>
    public static Task DeliverMailAsync(this FolioApp app) => app.RunRoundAsync<OutboxDeliveryWorker>();
}
