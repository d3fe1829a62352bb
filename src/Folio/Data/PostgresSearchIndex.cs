using Microsoft.EntityFrameworkCore;

namespace Folio.Data;

/// <summary>Searches the generated <c>posts.search_vector</c> column (GIN-indexed).</summary>
internal sealed class PostgresSearchIndex(FolioDbContext db) : ISearchIndex
{
    public async Task<IReadOnlyList<long>> SearchAsync(long siteId, string words, int limit, CancellationToken cancellationToken)
    {
        var terms = SearchWords.Split(words);
        if (terms.Count == 0) return [];
        var query = string.Join(' ', terms);
        return await db.Database.SqlQuery<long>($"""
            SELECT p.id AS "Value"
            FROM posts AS p, plainto_tsquery('english', {query}) AS q
            WHERE p.site_id = {siteId} AND p.search_vector @@ q AND p.password IS NULL
            ORDER BY ts_rank(p.search_vector, q) DESC
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }
}
