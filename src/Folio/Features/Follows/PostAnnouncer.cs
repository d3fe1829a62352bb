using Folio.Data;
using Folio.Features.Mail;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Features.Follows;

/// <summary>
/// Mails each newly published post to the followers who asked for every post by email,
/// whichever way it was published (the editor, the scheduler, an import). A post is claimed by
/// setting its <see cref="Post.AnnouncedAt"/> with a conditional update in the same transaction
/// as its mails, so across any number of servers each follower hears of it exactly once.
/// </summary>
public sealed class PostAnnouncer(IServiceScopeFactory scopes, PublicOrigin origin, IOptions<FolioOptions> options, TimeProvider clock, ILogger<PostAnnouncer> logger)
    : PeriodicJob(options.Value.SchedulerInterval, clock, logger)
{
    private const int Batch = 50;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => AnnounceNewPostsAsync(cancellationToken);

    /// <summary>Announces every published, unannounced post; returns how many mails were queued.</summary>
    public async Task<int> AnnounceNewPostsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        // Across all sites, on purpose: this is platform work, not a request of one site.
        var due = await db.Posts.AcrossSites(CrossSiteReason.PlatformJob).AsNoTracking()
            .Where(p => p.AnnouncedAt == null && p.Status == PostStatus.Published && p.Kind == PostKind.Post && p.PublishedAt <= now)
            .OrderBy(p => p.PublishedAt).Take(Batch)
            .Select(p => new AnnouncedPost(p.Id, p.SiteId, p.Password == null ? p.Title : PostProtection.TitlePrefix + p.Title, p.Slug, p.PublishedLocal!.Value,
                p.Password == null ? p.BodyHtml : PostProtection.NoExcerpt))
            .ToListAsync(cancellationToken);

        var mails = 0;
        foreach (var post in due) mails += await AnnounceAsync(scope.ServiceProvider, post, now, cancellationToken);
        return mails;
    }

    private sealed record AnnouncedPost(long Id, long SiteId, string Title, string Slug, DateTime PublishedLocal, string BodyHtml);

    private async Task<int> AnnounceAsync(IServiceProvider services, AnnouncedPost post, DateTime now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FolioDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Posts.AcrossSites(CrossSiteReason.PlatformJob).Where(p => p.Id == post.Id && p.AnnouncedAt == null)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.AnnouncedAt, now), cancellationToken);
        if (claimed == 0) return 0; // another server got there first

        var site = SiteView.From(await db.Sites.SingleAsync(s => s.Id == post.SiteId, cancellationToken));
        // A site that is not public announces its posts to its members alone; a deleted one (its
        // scheduled posts still come due) to nobody: no link in the mail would answer.
        var members = db.SiteMembers.AcrossSites(CrossSiteReason.PlatformJob).Where(m => m.SiteId == post.SiteId).Select(m => (long?)m.AccountId);
        var everyone = site.Visibility == SiteVisibility.Public;
        var recipients = await db.Followers.AcrossSites(CrossSiteReason.PlatformJob)
            .Where(f => f.SiteId == post.SiteId && f.ConfirmedAt != null && f.Delivery == FollowDelivery.Instant && site.DeleteAfter == null)
            .Where(f => everyone || members.Contains(f.AccountId))
            .Select(f => new { Email = f.Email ?? db.Users.Where(a => a.Id == f.AccountId).Select(a => a.Email).First(), f.Token })
            .ToListAsync(cancellationToken);

        var outbox = services.GetRequiredService<MailOutbox>();
        var T = services.GetRequiredService<Localizer>();
        using var language = LanguageScope.Of(site.Language);
        var link = origin.SiteUrl(site, PostPaths.Of(PostKind.Post, post.PublishedLocal, post.Slug));
        var text = PostBodyRenderer.ToPlainText(post.BodyHtml, 1500);
        foreach (var recipient in recipients.Where(r => r.Email is not null))
            outbox.Enqueue(FollowerMail.Build(origin, T, site, recipient.Email!, recipient.Token, $"{site.Title}: {post.Title}",
                $"{post.Title}\n\n{text}\n\n{T["Read on:"]}\n{link}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (recipients.Count > 0) logger.LogInformation("Announced “{Title}” to {Count} follower(s) of {Site}.", post.Title, recipients.Count, site.Slug);
        return recipients.Count;
    }
}
