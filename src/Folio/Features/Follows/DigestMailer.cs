using System.Text;
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
/// Sends followers who chose a daily or weekly digest one mail listing the posts since their
/// last. Each follower's digest is claimed by moving its <see cref="Follower.LastDigestAt"/> with
/// a conditional update in the same transaction as the mail, so no digest goes out twice.
/// </summary>
public sealed class DigestMailer(IServiceScopeFactory scopes, PublicOrigin origin, IOptions<FolioOptions> options, TimeProvider clock, ILogger<DigestMailer> logger)
    : PeriodicJob(options.Value.SchedulerInterval, clock, logger)
{
    private const int Batch = 100;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SendDueDigestsAsync(cancellationToken);

    /// <summary>Sends every digest that is due; returns how many mails were queued.</summary>
    public async Task<int> SendDueDigestsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var dayAgo = now.AddDays(-1);
        var weekAgo = now.AddDays(-7);
        // Across all sites, on purpose: this is platform work, not a request of one site.
        var due = await db.Followers.AcrossSites(CrossSiteReason.PlatformJob).AsNoTracking()
            .Where(f => f.ConfirmedAt != null
                && ((f.Delivery == FollowDelivery.Daily && (f.LastDigestAt ?? f.ConfirmedAt) <= dayAgo)
                    || (f.Delivery == FollowDelivery.Weekly && (f.LastDigestAt ?? f.ConfirmedAt) <= weekAgo)))
            .OrderBy(f => f.Id).Take(Batch).ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var follower in due)
            if (await SendAsync(scope.ServiceProvider, follower, now, cancellationToken)) sent++;
        return sent;
    }

    private async Task<bool> SendAsync(IServiceProvider services, Follower follower, DateTime now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FolioDbContext>();
        var since = follower.LastDigestAt ?? follower.ConfirmedAt!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Followers.AcrossSites(CrossSiteReason.PlatformJob).Where(f => f.Id == follower.Id && f.LastDigestAt == follower.LastDigestAt)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.LastDigestAt, now), cancellationToken);
        if (claimed == 0) return false; // another server sent it

        // A follower who may not read the site now (it went private, and they are no member) is sent nothing of it.
        var readable = db.SiteIdsReadableBy(follower.AccountId, CrossSiteReason.PlatformJob);
        var posts = await db.Posts.AcrossSites(CrossSiteReason.PlatformJob).AsNoTracking()
            .Where(PostVisibility.IsPublicAt(now))
            .Where(p => p.SiteId == follower.SiteId && p.Kind == PostKind.Post && p.PublishedAt > since && readable.Contains(p.SiteId))
            .OrderBy(p => p.PublishedAt).Select(p => new { p.Title, p.Slug, PublishedLocal = p.PublishedLocal!.Value }).ToListAsync(cancellationToken);
        var to = follower.Email ?? await db.Users.Where(a => a.Id == follower.AccountId).Select(a => a.Email).FirstOrDefaultAsync(cancellationToken);
        if (posts.Count > 0 && to is not null)
        {
            var site = SiteView.From(await db.Sites.SingleAsync(s => s.Id == follower.SiteId, cancellationToken));
            var T = services.GetRequiredService<Localizer>();
            using var language = LanguageScope.Of(site.Language);
            var list = new StringBuilder();
            foreach (var post in posts) list.Append($"{post.Title}\n{origin.SiteUrl(site, PostPaths.Permalink(post.PublishedLocal, post.Slug))}\n\n");
            var subject = follower.Delivery == FollowDelivery.Daily
                ? T.Plural(posts.Count, "{1}: one new post today", "{1}: {0} new posts today", site.Title)
                : T.Plural(posts.Count, "{1}: one new post this week", "{1}: {0} new posts this week", site.Title);
            services.GetRequiredService<MailOutbox>().Enqueue(FollowerMail.Build(origin, T, site, to, follower.Token, subject, list.ToString().TrimEnd()));
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return posts.Count > 0 && to is not null;
    }
}
