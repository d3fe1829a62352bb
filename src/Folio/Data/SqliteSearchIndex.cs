using Microsoft.EntityFrameworkCore;

namespace Folio.Data;

/// <summary>Searches the <c>post_search</c> FTS5 table that triggers keep in step with <c>posts</c>.</summary>
internal sealed class SqliteSearchIndex(FolioDbContext db) : ISearchIndex
{
    public async Task<IReadOnlyList<long>> SearchAsync(long siteId, string words, int limit, CancellationToken cancellationToken)
    {
        var terms = SearchWords.Split(words);
        if (terms.Count == 0) return [];
        // Each word quoted: FTS5 then matches posts holding every word, with no query syntax.
        var match = string.Join(' ', terms.Select(term => $"\"{term}\""));
        return await db.Database.SqlQuery<long>($"""
            SELECT p.id AS "Value"
            FROM post_search
            JOIN posts AS p ON p.id = post_search.rowid
            WHERE post_search MATCH {match} AND p.site_id = {siteId} AND p.password IS NULL
            ORDER BY post_search.rank
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }
}
