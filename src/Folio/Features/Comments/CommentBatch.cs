using Folio.Data;
using Folio.Features.Mail;
using Folio.Features.Notifications;
using Folio.Features.Sites;
using Folio.Features.Subscriptions;

namespace Folio.Features.Comments;

/// <summary>Saves checked comments, with the notifications and mails about them, in one transaction: all of them or none.</summary>
internal static class CommentBatch
{
    public static async Task SaveAsync(IServiceScopeFactory scopes, IReadOnlyList<CommentToSave> comments)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<FolioDbContext>();
        var currentSite = services.GetRequiredService<CurrentSite>();
        var notify = services.GetRequiredService<NotifyBloggers>();
        var followUps = services.GetRequiredService<CommentFollowUps>();
        var outbox = services.GetRequiredService<MailOutbox>();

        // No cancellation: the requests are waiting for this, and a shutdown lets it finish.
        await using var transaction = await db.Database.BeginTransactionAsync();
        // The data context saves only the current site's rows (tenant isolation), so the sites
        // of the batch take turns inside the one transaction.
        foreach (var site in comments.GroupBy(c => c.Site.Id))
        {
            currentSite.Use(site.First().Site);
            foreach (var waiting in site) db.Comments.Add(waiting.Comment);
            await db.SaveChangesAsync(); // gives each comment the id its notification and mails link to
            foreach (var waiting in site) waiting.News.AddTo(waiting.Comment, notify, followUps, outbox);
            await db.SaveChangesAsync();
        }
        await transaction.CommitAsync();
    }
}
