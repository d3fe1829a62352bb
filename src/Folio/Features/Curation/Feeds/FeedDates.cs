using System.Globalization;
using System.Text.RegularExpressions;

namespace Folio.Features.Curation.Feeds;

/// <summary>
/// Reads the dates feeds really carry: RFC 822 as RSS asks (with named or numeric zones, with or
/// without a day name or seconds) and ISO 8601 / RFC 3339 as Atom, RDF and JSON Feed ask.
/// </summary>
internal static partial class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly string[] Rfc822Formats = ["d MMM yyyy H:mm:ss zzz", "d MMM yyyy H:mm zzz", "d MMM yy H:mm:ss zzz", "d MMM yy H:mm zzz"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)) return iso.ToUniversalTime();

        var match = Rfc822().Match(trimmed);
        if (!match.Success) return null;
        var zone = match.Groups["zone"].Value;
        var offset = Zones.TryGetValue(zone, out var named) ? named
            : zone.Length == 5 ? $"{zone[..3]}:{zone[3..]}"
            : null;
        if (offset is null) return null;
        return DateTimeOffset.TryParseExact($"{match.Groups["date"].Value} {offset}", Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var rfc)
            ? rfc.ToUniversalTime()
            : null;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s*)?(?<date>\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>[A-Za-z]{1,3}|[+-]\d{4})$")]
    private static partial Regex Rfc822();
}
