using System.Globalization;

namespace Folio.Infrastructure;

public static class Dates
{
    /// <summary>A UTC time as machines read it (HTML datetime, OpenGraph, sitemaps): 2024-07-15T09:30:00Z.</summary>
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>A date as readers read it: July 15, 2024.</summary>
    public static string Readable(DateTime utc) => utc.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
