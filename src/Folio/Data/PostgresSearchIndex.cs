using Microsoft.EntityFrameworkCore;

namespace Folio.Data;

/// <summary>
/// Searches the generated <c>posts.search_vector</c> column (GIN-indexed), built with the text
/// search configuration of the site's language (migration <c>SearchInSiteLanguage</c>): the query
/// is read with the same configuration, so "выборы" finds "выборах" on a Russian site.
/// </summary>
internal sealed class PostgresSearchIndex(FolioDbContext db) : ISearchIndex
{
    public async Task<IReadOnlyList<long>> SearchAsync(long siteId, string words, int limit, CancellationToken cancellationToken)
    {
        var terms = SearchWords.Split(words);
        if (terms.Count == 0) return [];
        // Every word must match. Each is quoted so that one the parser reads as several (a Japanese
        // word, which search_split_cjk makes a word a character) must match as a phrase, its parts
        // side by side; a word holds letters, digits and marks only, never tsquery syntax.
        var query = string.Join(" & ", terms.Select(term => $"'{term}'"));
        return await db.Database.SqlQuery<long>($"""
            SELECT p.id AS "Value"
            FROM posts AS p,
                to_tsquery((SELECT search_configuration_for(language) FROM sites WHERE id = {siteId}), search_split_cjk({query})) AS q
            WHERE p.site_id = {siteId} AND p.search_vector @@ q AND p.password IS NULL
            ORDER BY ts_rank(p.search_vector, q) DESC
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }
}
