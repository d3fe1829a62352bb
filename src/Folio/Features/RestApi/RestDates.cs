using System.Globalization;

namespace Folio.Features.RestApi;

/// <summary>WordPress's API date format: ISO 8601 to the second, without a zone (Folio keeps UTC, so local and GMT agree).</summary>
public static class RestDates
{
    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
