using System.Globalization;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary>
/// Deleting an account, in two steps as <see cref="SiteDeletion"/> does for a site: "Delete my
/// account" ends every session and refuses every login at once (<see cref="DeletedAccountSignIn"/>),
/// schedules the sites the person chose to delete, and keeps everything else for
/// <see cref="GracePeriod"/>, during which logging in with the password offers "Restore";
/// <see cref="AccountPurger"/> then removes the account for good, carrying out the choices.
/// </summary>
/// <remarks>
/// The per-site choices wait in the account's tokens (the table Identity already has, as
/// <see cref="BrowserSessions"/> does), so they leave with the account and need no table.
/// </remarks>
public sealed class AccountDeletion(FolioDbContext db, SiteDeletion siteDeletion, BrowserSessions sessions, UserManager<Account> users, TimeProvider clock)
{
    /// <summary>As long as a deleted site waits: the sites deleted with the account come back with it.</summary>
    public static readonly TimeSpan GracePeriod = SiteDeletion.GracePeriod;

    private const string ChoiceProvider = "folio:deletion";
    private const string DeleteChoice = "delete";
    private const string TransferPrefix = "transfer:";

    /// <summary>A site the person administers, and who else could keep it.</summary>
    /// <param name="Id">The site.</param>
    /// <param name="Slug">Its address on the platform.</param>
    /// <param name="Title">Its name.</param>
    /// <param name="OtherAdministrators">How many administrators stay: when any, the site stays with them and nothing needs choosing.</param>
    /// <param name="Members">The site's other members, whom it can be handed to.</param>
    public sealed record AdministeredSite(long Id, string Slug, string Title, int OtherAdministrators, IReadOnlyList<Member> Members);

    public sealed record Member(long AccountId, string DisplayName, SiteRole Role);

    /// <summary>What becomes of one site the person alone administers: deleted with the account, or handed to a member (null: deleted).</summary>
    public sealed record SiteChoice(long SiteId, long? TransferTo);

    /// <summary>The live sites the person administers, each with its other members.</summary>
    public async Task<IReadOnlyList<AdministeredSite>> AdministeredAsync(long accountId, CancellationToken cancellationToken)
    {
        var sites = await (
            from m in db.SiteMembers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(m => m.AccountId == accountId && m.Role == SiteRole.Administrator)
            join s in db.Sites.Where(s => s.DeleteAfter == null) on m.SiteId equals s.Id
            orderby s.Title, s.Id
            select new { s.Id, s.Slug, s.Title }).ToListAsync(cancellationToken);
        var ids = sites.Select(s => s.Id).ToList();
        // The other members of sites the person administers: what an administrator sees on the site's People page anyway.
        var members = (await db.SiteMembers.AcrossSites(CrossSiteReason.ScopedByParent)
                .Where(m => ids.Contains(m.SiteId) && m.AccountId != accountId && m.Account.DeleteAfter == null)
                .OrderBy(m => m.Role).ThenBy(m => m.CreatedAt)
                .Select(m => new { m.SiteId, m.AccountId, m.Account.DisplayName, m.Role }).ToListAsync(cancellationToken))
            .ToLookup(m => m.SiteId, m => new Member(m.AccountId, m.DisplayName, m.Role));
        return sites.Select(s => new AdministeredSite(s.Id, s.Slug, s.Title,
            members[s.Id].Count(m => m.Role == SiteRole.Administrator), members[s.Id].ToList())).ToList();
    }

    /// <summary>
    /// Deletes the account: no login from now on, every session ended, the chosen sites deleted;
    /// returns when the account will be removed for good. Choices must name sites the person
    /// alone administers and members of them (<see cref="AdministeredAsync"/>).
    /// </summary>
    public async Task<DateTime> ScheduleAsync(long accountId, IReadOnlyList<SiteChoice> choices, DeletedAccountComments comments, CancellationToken cancellationToken)
    {
        var deleteAfter = clock.GetUtcNow().UtcDateTime + GracePeriod;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var deleted = await db.Users.Where(a => a.Id == accountId && a.DeleteAfter == null).ExecuteUpdateAsync(set => set
                .SetProperty(a => a.DeleteAfter, deleteAfter)
                .SetProperty(a => a.CommentsOnDeletion, comments), cancellationToken);
            if (deleted == 0) return await db.Users.Where(a => a.Id == accountId).Select(a => a.DeleteAfter!.Value).SingleAsync(cancellationToken);
            await Choices(accountId).ExecuteDeleteAsync(cancellationToken);
            db.UserTokens.AddRange(choices.Select(c => new IdentityUserToken<long>
            {
                UserId = accountId, LoginProvider = ChoiceProvider, Name = SiteKey(c.SiteId),
                Value = c.TransferTo is { } heir ? TransferPrefix + heir.ToString(CultureInfo.InvariantCulture) : DeleteChoice,
            }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
        foreach (var choice in choices.Where(c => c.TransferTo is null)) await siteDeletion.ScheduleAsync(choice.SiteId, cancellationToken);
        // Every session ends at once, on every host; the new stamp makes any other cookie of the account stale too.
        await sessions.EndAllAsync(accountId, cancellationToken);
        if (await users.FindByIdAsync(accountId.ToString(CultureInfo.InvariantCulture)) is { } account) await users.UpdateSecurityStampAsync(account);
        return deleteAfter;
    }

    /// <summary>Undoes a deletion still in its grace period, the sites deleted with it included; false when the account was not deleted (or is gone).</summary>
    public async Task<bool> RestoreAsync(long accountId, CancellationToken cancellationToken)
    {
        List<long> sitesToRestore;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Conditional, so that it waits for, and then loses to, a purge already under way (AccountPurger).
            var restored = await db.Users.Where(a => a.Id == accountId && a.DeleteAfter != null).ExecuteUpdateAsync(set => set
                .SetProperty(a => a.DeleteAfter, (DateTime?)null)
                .SetProperty(a => a.CommentsOnDeletion, (DeletedAccountComments?)null), cancellationToken);
            if (restored == 0) return false;
            var chosen = await ChoicesAsync(db, accountId, cancellationToken);
            await Choices(accountId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            sitesToRestore = chosen.Where(c => c.TransferTo is null).Select(c => c.SiteId).ToList();
        }
        // The account as this unit of work may already hold it (the login page's): as it is now.
        if (db.Users.Local.FirstOrDefault(a => a.Id == accountId) is { } held) await db.Entry(held).ReloadAsync(cancellationToken);
        var stillDeleted = await db.Sites.Where(s => sitesToRestore.Contains(s.Id) && s.DeleteAfter != null).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var siteId in stillDeleted) await siteDeletion.RestoreAsync(siteId, cancellationToken);
        return true;
    }

    /// <summary>What the person chose for their sites when deleting the account.</summary>
    internal static async Task<IReadOnlyList<SiteChoice>> ChoicesAsync(FolioDbContext db, long accountId, CancellationToken cancellationToken) =>
        (await db.UserTokens.Where(t => t.UserId == accountId && t.LoginProvider == ChoiceProvider).Select(t => new { t.Name, t.Value }).ToListAsync(cancellationToken))
            .Select(t => new SiteChoice(
                long.Parse(t.Name.AsSpan("site:".Length), CultureInfo.InvariantCulture),
                t.Value is { } value && value.StartsWith(TransferPrefix, StringComparison.Ordinal) ? long.Parse(value.AsSpan(TransferPrefix.Length), CultureInfo.InvariantCulture) : null))
            .ToList();

    private IQueryable<IdentityUserToken<long>> Choices(long accountId) =>
        db.UserTokens.Where(t => t.UserId == accountId && t.LoginProvider == ChoiceProvider);

    private static string SiteKey(long siteId) => "site:" + siteId.ToString(CultureInfo.InvariantCulture);
}
