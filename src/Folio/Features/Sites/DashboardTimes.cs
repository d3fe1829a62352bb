using System.Globalization;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Html;

namespace Folio.Features.Sites;

public static class DashboardTimes
{
    /// <summary>
    /// A moment as the dashboard shows it, to the minute, on the site's clock and in the person's
    /// language, naming the zone: "6 Dec 2026, 14:05 UTC", "6 дек. 2026 г., 17:05 Europe/Moscow";
    /// in a <c>&lt;time&gt;</c> element that carries the exact moment for machines. Pages of no
    /// site (the account's) use <see cref="SiteClock.Utc"/>.
    /// </summary>
    public static IHtmlContent TimeElement(Localizer T, SiteClock clock, DateTime utc)
    {
        var local = clock.ToLocal(utc).ToString(T.InContext("dashboard time format", "d MMM yyyy, HH:mm"), CultureInfo.CurrentCulture);
        return new HtmlString($"<time datetime=\"{Dates.Iso(utc)}\">{System.Net.WebUtility.HtmlEncode($"{local} {clock.ZoneName}")}</time>");
    }
}
