using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Folio.Data;

/// <summary>
/// Databases made by development builds before their 22 migrations were squashed into one
/// Initial migration on 2026-12-06 (docs/migrations.md). One that had every pre-squash migration
/// has exactly the Initial's schema, so its history is rewritten to say so. One that stopped
/// earlier cannot be brought forward, as the steps in between are gone: Folio refuses it and
/// changes nothing.
/// </summary>
internal static class PreSquashDatabases
{
    private static readonly string[] SqliteMigrations =
    [
        "20261129122250_Initial", "20261129122316_AddPostSearch", "20261129124016_SitesDesignsRevisionsMedia",
        "20261129132921_Comments", "20261129134744_MailOutbox", "20261129135832_DiscussionWords",
        "20261129151041_LikesFollowsSubscriptions", "20261129151303_PostAnnouncements",
        "20261129154409_CurationAndExternalIdentities", "20261129160704_CommentDrafts", "20261129165014_EmailOnComment",
        "20261129180027_WordPressImport", "20261129191446_Passkeys", "20261129192630_PostsByDate",
        "20261129210922_ApplicationPasswords", "20261129212928_StickyPosts", "20261129214355_PostPasswords",
        "20261129223833_PostCustomFields", "20261130004735_OpenIddictStateTokens", "20261130011934_CommentsByAuthorIdentity",
        "20261130032404_PostTrash", "20261206121659_PagesAndPostsShareSlugs",
    ];

    private static readonly string[] PostgresMigrations =
    [
        "20261129122301_Initial", "20261129122331_AddPostSearch", "20261129124029_SitesDesignsRevisionsMedia",
        "20261129133020_Comments", "20261129134817_MailOutbox", "20261129135850_DiscussionWords",
        "20261129151101_LikesFollowsSubscriptions", "20261129151321_PostAnnouncements",
        "20261129154432_CurationAndExternalIdentities", "20261129160912_CommentDrafts", "20261129165039_EmailOnComment",
        "20261129180125_WordPressImport", "20261129191510_Passkeys", "20261129192741_PostsByDate",
        "20261129211013_ApplicationPasswords", "20261129212957_StickyPosts", "20261129214755_PostPasswords",
        "20261129224020_PostCustomFields", "20261130004845_OpenIddictStateTokens", "20261130012051_CommentsByAuthorIdentity",
        "20261130032459_PostTrash", "20261206122356_PagesAndPostsShareSlugs",
    ];

    /// <summary>
    /// Makes a complete pre-squash database one that migrations carry on from, and says whether
    /// it was one: <see cref="Adoption.Adopted"/> (its history rewritten now), <see cref="Adoption.Refused"/>
    /// (with the reason, said to the operator), or <see cref="Adoption.NotPreSquash"/>.
    /// </summary>
    public static async Task<(Adoption Outcome, string? Refusal)> AdoptAsync(FolioDbContext db, CancellationToken cancellationToken)
    {
        if (!await HasHistoryAsync(db, cancellationToken)) return (Adoption.NotPreSquash, null);
        var history = db.GetService<IHistoryRepository>();
        var preSquash = db is PostgresFolioDbContext ? PostgresMigrations : SqliteMigrations;
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToList();
        if (!applied.Any(preSquash.Contains)) return (Adoption.NotPreSquash, null);
        if (!applied.SequenceEqual(preSquash)) return (Adoption.Refused, Refusal(applied, preSquash.Length));
        return await RewriteHistoryAsync(db, history, preSquash, cancellationToken)
            ? (Adoption.Adopted, null)
            : (Adoption.NotPreSquash, null);
    }

    public enum Adoption { NotPreSquash, Adopted, Refused }

    // Asked of the catalog: EF's own check (IHistoryRepository.ExistsAsync) on PostgreSQL reads the
    // table and logs the failure as an error when it is missing, as it is in every new database.
    private static Task<bool> HasHistoryAsync(FolioDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<bool>(db is PostgresFolioDbContext
            ? """SELECT to_regclass('"__EFMigrationsHistory"') IS NOT NULL AS "Value" """
            : """SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = '__EFMigrationsHistory') AS "Value" """)
            .SingleAsync(cancellationToken);

    /// <summary>Rewrites the history to the one Initial migration; false when another process already did.</summary>
    private static async Task<bool> RewriteHistoryAsync(FolioDbContext db, IHistoryRepository history, string[] preSquash, CancellationToken cancellationToken)
    {
        var initial = db.Database.GetMigrations().First();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = 0;
        foreach (var migration in preSquash)
            removed += await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(migration), cancellationToken);
        // Fewer rows than that: another process (a server and a command starting together) got
        // here first and has adopted the database; leaving without committing keeps its work.
        if (removed != preSquash.Length) return false;
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string Refusal(List<string> applied, int preSquashCount) =>
        $"This database was made by a development build of Folio from before 2026-12-06: it has {applied.Count} of the "
        + $"{preSquashCount} schema changes those builds made (the last is {applied[^1]}), and this build of Folio, whose "
        + "schema starts where they ended, cannot bring it up to date. Nothing was changed. To keep its sites, export each "
        + "one with the build that made the database (export wxr SITE FILE), then, on a new data directory or database, "
        + "create the sites with this build and import the files (site create, import wxr SITE FILE).";
}
