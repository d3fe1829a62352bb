using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Folio.Data;

/// <summary>
/// Searches the <c>post_search</c> FTS5 table that triggers keep in step with <c>posts</c>. Its
/// unicode61 tokenizer finds whole words of every script written with spaces between words
/// (migration <c>SearchInSiteLanguage</c>); Porter stems English words only.
/// </summary>
internal sealed class SqliteSearchIndex(FolioDbContext db) : ISearchIndex
{
    public async Task<IReadOnlyList<long>> SearchAsync(long siteId, string words, int limit, CancellationToken cancellationToken)
    {
        var terms = SearchWords.Split(words);
        if (terms.Count == 0) return [];
        var parameters = new List<object> { siteId, limit };
        string Parameter(object value)
        {
            parameters.Add(value);
            return $"{{{parameters.Count - 1}}}";
        }
        var spaced = terms.Where(term => !IsWrittenWithoutSpaces(term)).ToList();
        var sql = new StringBuilder("""SELECT p.id AS "Value" FROM posts AS p""");
        if (spaced.Count > 0) sql.Append(" JOIN post_search ON post_search.rowid = p.id");
        sql.Append(" WHERE p.site_id = {0} AND p.password IS NULL");
        // Chinese and Japanese have no spaces between words, so unicode61 reads a whole sentence as
        // one word. FTS5's trigram tokenizer could index them, but not words shorter than three
        // characters, and most Chinese and Japanese words are one or two: such a word is looked
        // for where it stands in the site's posts (a scan of them), as PostgreSQL finds it as a
        // phrase of its characters.
        foreach (var word in terms.Where(IsWrittenWithoutSpaces))
        {
            sql.Append($" AND instr(lower(p.title || ' ' || p.body), lower({Parameter(word)})) > 0");
        }
        sql.Append(spaced.Count > 0 ? $" AND post_search MATCH {Parameter(MatchAll(spaced))} ORDER BY post_search.rank" : " ORDER BY p.published_at DESC");
        sql.Append(" LIMIT {1}");
        return await db.Database.SqlQueryRaw<long>(sql.ToString(), [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>Each word quoted: FTS5 then matches posts holding every word, with no query syntax.</summary>
    private static string MatchAll(IEnumerable<string> terms) => string.Join(' ', terms.Select(term => $"\"{term}\""));

    /// <summary>
    /// Whether a word has Han, Hiragana or Katakana characters: the ranges of PostgreSQL's
    /// <c>search_split_cjk</c> (migration <c>SearchInSiteLanguage</c>).
    /// </summary>
    private static bool IsWrittenWithoutSpaces(string word) =>
        word.EnumerateRunes().Any(rune => rune.Value is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFF66 and <= 0xFF9F) or (>= 0x20000 and <= 0x3134F));
}
