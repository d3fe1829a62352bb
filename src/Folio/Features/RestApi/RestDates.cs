using System.Globalization;

namespace Folio.Features.RestApi;

/// <summary>WordPress's API date format: ISO 8601 to the second, without a zone (Folio keeps UTC, so local and GMT agree).</summary>
public static class RestDates
{
    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A date as clients send it: ISO 8601, with or without a zone (none means UTC here); null when it is not one.</summary>
    public static DateTime? Parse(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc) ? utc : null;
}
