using Folio.Infrastructure.Localization;
using Quickenshtein;

namespace Folio.Features.Sites;

/// <summary>The time zones a site may have: the IANA zones this machine's time zone database holds.</summary>
public static class SiteTimeZones
{
    /// <summary>A site's zone until someone chooses another; existing sites had no other.</summary>
    public const string Default = "UTC";

    /// <summary>The longest IANA name is 32 characters (America/Argentina/ComodRivadavia); room to spare.</summary>
    public const int MaxLength = 64;

    /// <summary>Every IANA zone, by name, for the Settings page's list.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(zone => zone.HasIanaId).Select(zone => zone.Id).Order(StringComparer.Ordinal)];

    /// <summary>The zones by the region that starts their names (Africa, America, …), for the list's groups; UTC stands alone, first.</summary>
    public static IReadOnlyList<IGrouping<string, string>> ByRegion { get; } =
        [.. All.GroupBy(name => name.Contains('/') ? name[..name.IndexOf('/')] : "").OrderBy(region => region.Key, StringComparer.Ordinal)];

    /// <summary>
    /// The zone with this IANA name (in any case), or null. Windows names (Eastern Standard Time)
    /// are refused, though .NET would translate them: a site's zone is stored and shown by its
    /// IANA name, which is also what browsers and WordPress's <c>timezone_string</c> give.
    /// </summary>
    public static TimeZoneInfo? Find(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= MaxLength
            && TimeZoneInfo.TryFindSystemTimeZoneById(name.Trim(), out var zone) && zone.HasIanaId ? zone : null;

    /// <summary>Why a zone name cannot be used (naming the nearest one Folio knows), or null when it can.</summary>
    public static string? Problem(string? name, Localizer T) => Find(name) is not null ? null
        : string.IsNullOrWhiteSpace(name) ? T["Choose a time zone, such as {0} or Europe/Moscow.", Default].Value
        : T["{0} is not a time zone Folio knows; choose one such as {1}.", name.Trim(), Nearest(name.Trim())];

    /// <summary>The known name closest in spelling, for a mistyped one (Europe/Mosow: Europe/Moscow).</summary>
    private static string Nearest(string name) =>
        All.MinBy(known => Levenshtein.GetDistance(known.ToLowerInvariant(), name.ToLowerInvariant())) ?? Default;
}
