using System.Globalization;
using System.Text;

namespace Folio.Data;

/// <summary>
/// Full-text search over one site's posts: SQLite FTS5 or PostgreSQL text search behind one
/// call. It returns candidate post ids, best match first; which of them a reader may see is
/// decided by the post queries, in one place.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// The most relevant post ids of the site for the words (at most <paramref name="limit"/>).
    /// Password-protected posts are left out, as WordPress leaves them out of a visitor's search:
    /// a match would tell what their hidden words say.
    /// </summary>
    Task<IReadOnlyList<long>> SearchAsync(long siteId, string words, int limit, CancellationToken cancellationToken);
}

internal static class SearchWords
{
    /// <summary>
    /// The words of a reader's query, without the characters either engine reads as syntax,
    /// so a query can never be a syntax error. A word keeps its letters, digits and combining
    /// marks (the vowels of Devanagari or Thai, Hebrew points), whole characters beyond the
    /// Basic Multilingual Plane among them, in Unicode's composed form (NFC), the form browsers send text in.
    /// </summary>
    public static IReadOnlyList<string> Split(string words) =>
        words.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => string.Concat(word.EnumerateRunes().Where(IsPartOfWord)))
            .Where(word => word.Length > 0)
            .Take(16)
            .ToList();

    private static bool IsPartOfWord(Rune rune) =>
        Rune.IsLetterOrDigit(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
