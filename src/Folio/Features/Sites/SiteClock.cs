using System.Collections.Concurrent;

namespace Folio.Features.Sites;

/// <summary>
/// A site's wall clock: the one place that turns the UTC instants Folio stores into the site's
/// local time and back (<see cref="Site.TimeZone"/>). A local time here is a
/// <see cref="DateTimeKind.Unspecified"/> <see cref="DateTime"/>: digits on the site's clock,
/// not an instant, as WordPress's <c>post_date</c> is.
/// </summary>
public sealed class SiteClock(TimeZoneInfo zone)
{
    public static readonly SiteClock Utc = new(TimeZoneInfo.Utc);

    /// <summary>
    /// The clock of a zone named by <see cref="SiteTimeZones.Find"/>. A name this machine no longer
    /// knows (a zone retired by a tzdata update) reads as UTC rather than failing every page.
    /// </summary>
    public static SiteClock For(string timeZone) =>
        Known.TryGetValue(timeZone, out var clock) ? clock
        : SiteTimeZones.Find(timeZone) is { } found ? Known.GetOrAdd(timeZone, new SiteClock(found)) : Utc;

    /// <summary>One clock per zone name that exists (a few hundred at most): a page asks for its site's clock once per date it shows.</summary>
    private static readonly ConcurrentDictionary<string, SiteClock> Known = new(StringComparer.Ordinal);

    /// <summary>The zone's IANA name, as people choose it in Settings.</summary>
    public string ZoneName => zone.Id;

    public DateTime ToLocal(DateTime utc) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone), DateTimeKind.Unspecified);

    /// <summary>
    /// The instant a time on the site's clock names. Twice a year that is not one instant: a time
    /// the clocks skip when they spring forward (02:30 between 02:00 and 03:00) is read with the
    /// offset in force just before, so it lands as far after the jump as it was meant after 02:00
    /// (03:30), as PHP and so WordPress do; a time that happens twice when they fall back is the
    /// first of the two, the earlier instant.
    /// </summary>
    public DateTime ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local)) offset = zone.GetUtcOffset(LastValidBefore(local));
        else if (zone.IsAmbiguousTime(local)) offset = zone.GetAmbiguousTimeOffsets(local).Max();
        else return TimeZoneInfo.ConvertTimeToUtc(local, zone);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>A time shortly before a skipped one, on the clock as it was before the jump (gaps are whole quarter hours).</summary>
    private DateTime LastValidBefore(DateTime skipped)
    {
        var before = skipped;
        do before = before.AddMinutes(-15);
        while (zone.IsInvalidTime(before));
        return before;
    }
}
