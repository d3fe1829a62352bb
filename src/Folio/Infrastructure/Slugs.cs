using System.Globalization;
using System.Text;

namespace Folio.Infrastructure;

/// <summary>Turns titles and names into URL path segments.</summary>
public static class Slugs
{
    public const int MaxLength = 200;

    /// <summary>
    /// Lower-cases, drops accents from Latin letters, keeps letters and digits of every script
    /// (those beyond the first 65,536 code points too), and joins the words with single hyphens:
    /// "Café &amp; Co." becomes "cafe-co". Invisible formatting characters (zero-width joiners,
    /// bidi controls, soft hyphens) are dropped without splitting the word they sit in.
    /// </summary>
    public static string From(string text, int maxLength = MaxLength)
    {
        var slug = new StringBuilder(Math.Min(text.Length, maxLength));
        var pendingHyphen = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // A mark belongs to the letter before it. A Latin letter's accent goes, as in
                // WordPress ("é" is "e"); in other scripts it is part of the letter: "й" is "и"
                // with a breve, "ブ" is "フ" with a voicing mark, a Hindi vowel sign is a mark.
                if (slug.Length > 0 && !pendingHyphen && !IsLatin(slug[^1])) slug.Append(rune.ToString());
                continue;
            }
            if (category is UnicodeCategory.Format) continue;
            if (Rune.IsLetterOrDigit(rune))
            {
                if (slug.Length + rune.Utf16SequenceLength > maxLength) break;
                if (pendingHyphen && slug.Length > 0) slug.Append('-');
                pendingHyphen = false;
                slug.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return slug.ToString().Normalize(NormalizationForm.FormC).TrimEnd('-');
    }

    /// <summary>Basic Latin, Latin-1, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese).</summary>
    private static bool IsLatin(char c) => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF';

    /// <summary>The wanted slug, or the first of "-2", "-3"… appended to it that is not taken.</summary>
    public static string FirstFree(string wanted, IReadOnlyCollection<string> taken)
    {
        if (!taken.Contains(wanted)) return wanted;
        var suffix = 2;
        while (taken.Contains($"{wanted}-{suffix}")) suffix++;
        return $"{wanted}-{suffix}";
    }
}
