using System.Text.RegularExpressions;

namespace Folio.Features.Curation;

/// <summary>A source's word and age filters: why an item is skipped, or null when it may be imported.</summary>
public static class ImportRules
{
    public static string? WhyFiltered(Source source, string text)
    {
        var include = Words(source.IncludeWords);
        if (include.Count > 0 && !include.Any(word => Mentions(text, word)))
            return $"mentions none of the words it must: {string.Join(", ", include)}";
        var excluded = Words(source.ExcludeWords).FirstOrDefault(word => Mentions(text, word));
        return excluded is null ? null : $"mentions \"{excluded}\", which this source excludes";
    }

    public static string? WhyTooOld(Source source, DateTimeOffset? published, DateTime now)
    {
        if (source.MaxAgeDays is not { } maxDays || published is not { } at) return null;
        var age = now - at.UtcDateTime;
        return age > TimeSpan.FromDays(maxDays)
            ? $"published {(int)age.TotalDays} days ago; this source imports items up to {maxDays} days old"
            : null;
    }

    /// <summary>One word or phrase a line; blank lines and surrounding spaces do not count.</summary>
    public static IReadOnlyList<string> Words(string lines) =>
        lines.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Whole words only, ignoring case: "art" must not match "start".</summary>
    private static bool Mentions(string text, string word) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
