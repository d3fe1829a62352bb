using Folio.Data;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.WordPress;

/// <summary>
/// Which Folio account writes the posts of each WordPress author: those named in the map
/// (<c>login=email</c>), which must be members of the site; everyone else, the importing user.
/// </summary>
public sealed class AuthorMap
{
    private readonly Dictionary<string, long> accounts;
    private readonly long fallback;

    private AuthorMap(Dictionary<string, long> accounts, long fallback) => (this.accounts, this.fallback) = (accounts, fallback);

    public long AccountFor(string login) => accounts.GetValueOrDefault(login.Trim(), fallback);

    public bool IsMapped(string login) => accounts.ContainsKey(login.Trim());

    /// <summary>
    /// Keeps which account now writes the login's posts, so the old author archive leads there;
    /// the latest import's map decides.
    /// </summary>
    public async Task RememberAsync(FolioDbContext db, string login, CancellationToken cancellationToken)
    {
        login = login.Trim();
        if (login.Length is 0 or > ImportedAuthor.LoginLength) return;
        var known = await db.ImportedAuthors.FirstOrDefaultAsync(a => a.Login == login, cancellationToken);
        if (known is null) db.ImportedAuthors.Add(new ImportedAuthor { Login = login, AccountId = AccountFor(login) });
        else known.AccountId = AccountFor(login);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException raced) when (UniqueViolation.Is(raced))
        {
            db.ChangeTracker.Clear(); // another import of the same file recorded it a moment ago
        }
    }

    /// <summary>The map, or what is wrong with it (nothing is imported then).</summary>
    public static async Task<(AuthorMap? Map, IReadOnlyList<string> Errors)> ResolveAsync(
        FolioDbContext db, IReadOnlyList<string> entries, long importingAccountId, Localizer T, CancellationToken cancellationToken)
    {
        var accounts = new Dictionary<string, long>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var entry in entries.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            var parts = entry.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors.Add(T["\"{0}\" is not an author mapping: write login=email, for example alice=alice@example.com.", entry]);
                continue;
            }
            var email = parts[1].ToUpperInvariant();
            // db.SiteMembers sees only this site's members: an account of another site is not found.
            var member = await db.SiteMembers.Where(m => m.Account.NormalizedEmail == email).Select(m => (long?)m.AccountId).FirstOrDefaultAsync(cancellationToken);
            if (member is null) errors.Add(T["{0} (for the WordPress author \"{1}\") is not a member of this site. Invite them under People first, or leave them out of the map.", parts[1], parts[0]]);
            else accounts[parts[0]] = member.Value;
        }
        return errors.Count > 0 ? (null, errors) : (new AuthorMap(accounts, importingAccountId), []);
    }
}
