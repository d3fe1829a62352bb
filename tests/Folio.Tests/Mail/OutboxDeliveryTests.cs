using Folio.Data;
using Folio.Features.Mail;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Mail;

/// <summary>
/// The outbox keeps up with mail queued faster than one batch a pass (a busy post's comment
/// notices), and passes running at once, as on the servers of a fleet, send each mail once.
/// </summary>
public sealed class OutboxDeliveryTests(OutboxDeliveryTests.QuietOutboxApp app) : IClassFixture<OutboxDeliveryTests.QuietOutboxApp>
{
    /// <summary>The worker's own passes an hour apart, so that the passes the tests start are the only ones.</summary>
    public sealed class QuietOutboxApp : FolioApp
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:Smtp:OutboxInterval", "01:00:00");
        }
    }

    private async Task<IReadOnlyList<string>> QueueAsync(string prefix, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        var to = Enumerable.Range(0, count).Select(i => $"{prefix}-{i}@example.com").ToList();
        foreach (var address in to) outbox.Enqueue(new OutgoingMail(address, $"Hello {address}", "A few words."));
        await scope.ServiceProvider.GetRequiredService<FolioDbContext>().SaveChangesAsync();
        return to;
    }

    private async Task<int> UnsentAsync(IReadOnlyList<string> to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FolioDbContext>().MailOutbox.CountAsync(m => to.Contains(m.To) && m.SentAt == null);
    }

    [Fact]
    public async Task One_pass_delivers_more_mail_than_one_batch()
    {
        var worker = app.Services.GetRequiredService<OutboxDeliveryWorker>();
        await worker.DeliverDueAsync(CancellationToken.None); // whatever start-up queued
        var to = await QueueAsync("drain", 65);

        var sent = await worker.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(65, sent);
        Assert.Equal(0, await UnsentAsync(to));
        Assert.All(to, address => Assert.Single(app.MessagesTo(address)));
    }

    [Fact]
    public async Task Passes_running_at_once_send_each_mail_once()
    {
        var worker = app.Services.GetRequiredService<OutboxDeliveryWorker>();
        await worker.DeliverDueAsync(CancellationToken.None);
        var to = await QueueAsync("race", 90);

        var passes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => worker.DeliverDueAsync(CancellationToken.None))));

        Assert.Equal(90, passes.Sum());
        Assert.Equal(0, await UnsentAsync(to));
        Assert.All(to, address => Assert.Single(app.MessagesTo(address)));
    }
}
