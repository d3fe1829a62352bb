using Microsoft.EntityFrameworkCore;

namespace Folio.Data;

/// <summary>What a <see cref="SiteTransactionLocks"/> lock serialises; each value is its own lock space.</summary>
public enum SiteLock
{
    /// <summary>Claiming a story for a repost (Curation's StoryClaims). The value spells "Foli", apart from any other user of the database.</summary>
    StoryClaim = 0x466F6C69,
}

public static class SiteTransactionLocks
{
    /// <summary>
    /// Makes the current transaction the only one of its kind for this site until it ends:
    /// PostgreSQL, where several servers write at once, takes a transaction-scoped advisory lock;
    /// SQLite has one writer at a time already, so there is nothing to take.
    /// </summary>
    public static async Task HoldForTransactionAsync(this FolioDbContext db, SiteLock purpose, long siteId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("A site lock lasts as long as its transaction: begin one first.");
        if (db is PostgresFolioDbContext)
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({(int)purpose}, {(int)siteId})", cancellationToken);
    }
}
