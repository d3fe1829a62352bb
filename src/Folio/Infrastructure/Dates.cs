using System.Globalization;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Html;

namespace Folio.Infrastructure;

public static class Dates
{
    /// <summary>A UTC time as machines read it (HTML datetime, OpenGraph, sitemaps): 2024-07-15T09:30:00Z.</summary>
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>A date as the dashboard shows it (not yet translated): July 15, 2024.</summary>
    public static string Readable(DateTime utc) => utc.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// A date as a site's readers read it, in the request's language: the pattern is the
    /// catalogue's, as WordPress translates its date format ("July 15, 2024", "15 июля 2024 г.").
    /// </summary>
    public static string Readable(Localizer T, DateTime date) =>
        date.ToString(T.InContext("date format", "MMMM d, yyyy"), CultureInfo.CurrentCulture);

    /// <summary>A date and the time of day, as under a comment: "July 15, 2024 at 09:30".</summary>
    public static string ReadableWithTime(Localizer T, DateTime date) =>
        T["{0} at {1}", Readable(T, date), date.ToString(T.InContext("time format", "HH:mm"), CultureInfo.CurrentCulture)];

    /// <summary>
    /// A moment as the dashboard shows it, to the minute: 15 Jul 2024, 09:30 UTC. Sites have no time
    /// zone of their own yet, so it is UTC and says so.
    /// </summary>
    public static string ReadableTime(DateTime utc) => utc.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="ReadableTime"/> in a <c>&lt;time&gt;</c> element that carries the exact moment for
    /// machines. Both texts are made of digits and invariant month names only, so nothing needs encoding.
    /// </summary>
    public static IHtmlContent TimeElement(DateTime utc) => new HtmlString($"<time datetime=\"{Iso(utc)}\">{ReadableTime(utc)}</time>");

    /// <summary>
    /// A moment as the dashboard shows it, to the minute, on the site's clock and in the person's
    /// language, naming the zone: "6 Dec 2026, 14:05 UTC", "6 дек. 2026 г., 17:05 Europe/Moscow";
    /// in a <c>&lt;time&gt;</c> element that carries the exact moment for machines.
    /// </summary>
    public static IHtmlContent TimeElement(Localizer T, SiteClock clock, DateTime utc)
    {
        var local = clock.ToLocal(utc).ToString(T.InContext("dashboard time format", "d MMM yyyy, HH:mm"), CultureInfo.CurrentCulture);
        return new HtmlString($"<time datetime=\"{Iso(utc)}\">{System.Net.WebUtility.HtmlEncode($"{local} {clock.ZoneName}")}</time>");
    }
}
