using System.Globalization;
using Folio.Infrastructure.Localization;

namespace Folio.Infrastructure;

public static class Dates
{
    /// <summary>A UTC time as machines read it (HTML datetime, OpenGraph, sitemaps): 2024-07-15T09:30:00Z.</summary>
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>
    /// A date as a site's readers read it, in the request's language: the pattern is the
    /// catalogue's, as WordPress translates its date format ("July 15, 2024", "15 июля 2024 г.").
    /// </summary>
    public static string Readable(Localizer T, DateTime date) =>
        date.ToString(T.InContext("date format", "MMMM d, yyyy"), CultureInfo.CurrentCulture);

    /// <summary>A date and the time of day, as under a comment: "July 15, 2024 at 09:30".</summary>
    public static string ReadableWithTime(Localizer T, DateTime date) =>
        T["{0} at {1}", Readable(T, date), date.ToString(T.InContext("time format", "HH:mm"), CultureInfo.CurrentCulture)];
}
