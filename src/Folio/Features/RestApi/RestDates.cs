using System.Globalization;
using Folio.Features.Sites;

namespace Folio.Features.RestApi;

/// <summary>WordPress's API date format: ISO 8601 to the second, without a zone (<c>date</c> is on the site's clock, <c>date_gmt</c> in UTC).</summary>
public static class RestDates
{
    public static string Format(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// A date as clients send it, as a UTC instant: ISO 8601, with a zone or without one, which
    /// means <paramref name="noZoneMeans"/>'s clock (UTC for <c>date_gmt</c>, the site's for <c>date</c>); null when it is not a date.
    /// </summary>
    public static DateTime? Parse(string text, SiteClock noZoneMeans) =>
        !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? null
        : parsed.Kind == DateTimeKind.Unspecified ? noZoneMeans.ToUtc(parsed)
        : parsed.ToUniversalTime();
}
