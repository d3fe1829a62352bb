using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary>
/// Removes for good the accounts whose grace period (<see cref="AccountDeletion.GracePeriod"/>)
/// is over, carrying out what the person chose: the sites they handed over get their new
/// administrator, their posts on the sites that stay go to an administrator who stays, their
/// comments are anonymised or deleted; their likes, follows, memberships, notifications,
/// application passwords, passkeys and outside logins go with the account. One transaction per
/// account, begun by claiming it, so a restore at the same moment wins or waits, never half-undoes.
/// </summary>
public sealed class AccountPurger(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AccountPurger> logger)
    : PeriodicJob(Interval, clock, logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>The avatar every anonymised comment shows: one generated picture, the same for every deleted account.</summary>
    public const string DeletedAvatarSeed = "0000000000000000";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    /// <summary>Removes every account that is due; returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            due = await scope.ServiceProvider.GetRequiredService<FolioDbContext>().Users
                .Where(a => a.DeleteAfter != null && a.DeleteAfter <= now).Select(a => a.Id).ToListAsync(cancellationToken);
        }
        var removed = 0;
        foreach (var accountId in due)
            if (await RemoveIfDueAsync(accountId, cancellationToken)) removed++;
        return removed;
    }

    /// <summary>Removes the account if it is still deleted and due at this moment; false when it was restored meanwhile, or must wait.</summary>
    public async Task<bool> RemoveIfDueAsync(long accountId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        HashSet<long> touched;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The claim: a write on the account's row, which a concurrent restore's own write waits
            // for (or went before, and then this matches nothing).
            var claimed = await db.Users.Where(a => a.Id == accountId && a.DeleteAfter != null && a.DeleteAfter <= now)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.SecurityStamp, Guid.NewGuid().ToString("N")), cancellationToken);
            if (claimed == 0) return false;
            var account = await db.Users.AsNoTracking().SingleAsync(a => a.Id == accountId, cancellationToken);
            touched = await SitesTouchedAsync(db, accountId, account.Email, cancellationToken);
            await TransferAsync(db, accountId, cancellationToken);
            if (!await HandOverPostsAsync(db, accountId, cancellationToken)) return false;
            if (account.CommentsOnDeletion == DeletedAccountComments.Delete) await DeleteCommentsAsync(db, accountId, cancellationToken);
            else await AnonymiseCommentsAsync(db, scope.ServiceProvider.GetRequiredService<Localizer>(), accountId, cancellationToken);
            if (account.Email is { Length: > 0 } email)
                await db.CommentSubscriptions.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(s => s.Email == email).ExecuteDeleteAsync(cancellationToken);
            // Outside logins would outlive the account (their key is kept for comments): they go with it.
            await db.ExternalIdentities.Where(i => i.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
            await db.Followers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(f => f.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
            // The rest (likes, memberships, notifications, application passwords, passkeys, sessions) cascades from the account's row.
            await db.Users.Where(a => a.Id == accountId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        // Every page that showed the person (their comments, their face among a post's likers, the follower count) is rendered again.
        var cache = scope.ServiceProvider.GetRequiredService<IOutputCacheStore>();
        foreach (var siteId in touched) await cache.EvictSiteAsync(siteId, cancellationToken);
        logger.LogInformation("Removed the account {AccountId} for good: deleted by its owner more than {Days} days ago.", accountId, AccountDeletion.GracePeriod.TotalDays);
        return true;
    }

    /// <summary>The sites whose pages show the person in some way.</summary>
    private static async Task<HashSet<long>> SitesTouchedAsync(FolioDbContext db, long accountId, string? email, CancellationToken cancellationToken)
    {
        var sites = new HashSet<long>();
        sites.UnionWith(await db.Comments.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(c => c.AccountId == accountId).Select(c => c.SiteId).Distinct().ToListAsync(cancellationToken));
        sites.UnionWith(await db.PostLikes.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(l => l.AccountId == accountId).Select(l => l.SiteId).Distinct().ToListAsync(cancellationToken));
        sites.UnionWith(await db.Followers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(f => f.AccountId == accountId).Select(f => f.SiteId).Distinct().ToListAsync(cancellationToken));
        sites.UnionWith(await db.SiteMembers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(m => m.AccountId == accountId).Select(m => m.SiteId).ToListAsync(cancellationToken));
        sites.UnionWith(await db.Posts.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(p => p.AuthorId == accountId).Select(p => p.SiteId).Distinct().ToListAsync(cancellationToken));
        return sites;
    }

    /// <summary>Makes administrators of the members the person handed their sites to, if they are still members.</summary>
    private static async Task TransferAsync(FolioDbContext db, long accountId, CancellationToken cancellationToken)
    {
        foreach (var choice in await AccountDeletion.ChoicesAsync(db, accountId, cancellationToken))
        {
            if (choice.TransferTo is not { } heir) continue;
            await db.SiteMembers.AcrossSites(CrossSiteReason.PlatformJob).Where(m => m.SiteId == choice.SiteId && m.AccountId == heir)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Role, SiteRole.Administrator), cancellationToken);
        }
    }

    /// <summary>
    /// Gives the person's posts (and media) on each site to the administrator who has served
    /// longest there, or else its longest-serving member. A site with nobody left is one being
    /// deleted: the account waits for <see cref="SitePurger"/> to remove it (false).
    /// </summary>
    private async Task<bool> HandOverPostsAsync(FolioDbContext db, long accountId, CancellationToken cancellationToken)
    {
        var sites = await db.Posts.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(p => p.AuthorId == accountId).Select(p => p.SiteId).Distinct().ToListAsync(cancellationToken);
        foreach (var siteId in sites)
        {
            var heir = await db.SiteMembers.AcrossSites(CrossSiteReason.PlatformJob)
                .Where(m => m.SiteId == siteId && m.AccountId != accountId && m.Account.DeleteAfter == null)
                .OrderBy(m => m.Role).ThenBy(m => m.CreatedAt).ThenBy(m => m.AccountId)
                .Select(m => (long?)m.AccountId).FirstOrDefaultAsync(cancellationToken);
            if (heir is not { } to)
            {
                logger.LogInformation("The deleted account {AccountId} waits: the site {SiteId} has its posts and nobody to hand them to until the site is removed.", accountId, siteId);
                return false;
            }
            await db.Posts.AcrossSites(CrossSiteReason.PlatformJob).Where(p => p.SiteId == siteId && p.AuthorId == accountId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.AuthorId, to), cancellationToken);
            await db.Media.AcrossSites(CrossSiteReason.PlatformJob).Where(m => m.SiteId == siteId && m.UploaderId == accountId)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.UploaderId, to), cancellationToken);
        }
        return true;
    }

    /// <summary>Keeps the comments' words, under "Deleted user" in each site's language, with nothing that leads to the person.</summary>
    private static async Task AnonymiseCommentsAsync(FolioDbContext db, Localizer T, long accountId, CancellationToken cancellationToken)
    {
        var languages = await (
            from c in db.Comments.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(c => c.AccountId == accountId)
            join s in db.Sites on c.SiteId equals s.Id
            select new { s.Id, s.Language }).Distinct().ToListAsync(cancellationToken);
        foreach (var site in languages)
        {
            string name;
            using (LanguageScope.Of(site.Language)) name = T["Deleted user"];
            await db.Comments.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(c => c.SiteId == site.Id && c.AccountId == accountId)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.AccountId, (long?)null)
                    .SetProperty(c => c.ExternalIdentityId, (long?)null)
                    .SetProperty(c => c.AuthorName, name)
                    .SetProperty(c => c.AuthorEmail, "")
                    .SetProperty(c => c.AuthorUrl, (string?)null)
                    .SetProperty(c => c.AvatarSeed, DeletedAvatarSeed)
                    .SetProperty(c => c.IpAddress, (string?)null), cancellationToken);
        }
    }

    /// <summary>Deletes the comments; their replies stay, moved up to the deleted comment's parent, as deleting one comment does.</summary>
    private static async Task DeleteCommentsAsync(FolioDbContext db, long accountId, CancellationToken cancellationToken)
    {
        var comments = db.Comments.AcrossSites(CrossSiteReason.OneAccountsOwnRows);
        foreach (var id in await comments.Where(c => c.AccountId == accountId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken))
        {
            // Read afresh: deleting an earlier comment of the person may have moved this one up.
            var parentId = await comments.Where(c => c.Id == id).Select(c => c.ParentId).SingleAsync(cancellationToken);
            await comments.Where(c => c.ParentId == id).ExecuteUpdateAsync(set => set.SetProperty(c => c.ParentId, parentId), cancellationToken);
            await comments.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
