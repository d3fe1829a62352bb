using Folio.Features.Sites;
using Folio.Infrastructure.Localization;

namespace Folio.Tests.Units;

/// <summary>A site's clock turns UTC into its local time and back, sensibly on the two nights a year the clocks jump.</summary>
public sealed class SiteClockTests
{
    [Theory]
    // An ordinary time: Yerevan is UTC+4 all year.
    [InlineData("Asia/Yerevan", "2025-10-12T03:30", "2025-10-11T23:30")]
    // 02:30 on 29 March 2026 does not exist in Berlin (02:00 becomes 03:00): read on the clock before the jump, it is 03:30 CEST.
    [InlineData("Europe/Berlin", "2026-03-29T02:30", "2026-03-29T01:30")]
    // 02:30 on 25 October 2026 happens twice in Berlin (03:00 becomes 02:00): the first, in summer time.
    [InlineData("Europe/Berlin", "2026-10-25T02:30", "2026-10-25T00:30")]
    // New York skips 02:00–03:00 on 8 March 2026.
    [InlineData("America/New_York", "2026-03-08T02:30", "2026-03-08T07:30")]
    [InlineData("UTC", "2026-03-29T02:30", "2026-03-29T02:30")]
    public void A_local_time_names_one_instant(string zone, string local, string utc)
    {
        var clock = SiteClock.For(zone);

        var instant = clock.ToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTime.SpecifyKind(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), instant);
        Assert.Equal(DateTimeKind.Utc, instant.Kind);
    }

    [Fact]
    public void A_skipped_time_comes_back_as_the_time_after_the_jump()
    {
        var clock = SiteClock.For("Europe/Berlin");

        var local = clock.ToLocal(clock.ToUtc(new DateTime(2026, 3, 29, 2, 30, 0)));

        Assert.Equal(new DateTime(2026, 3, 29, 3, 30, 0), local);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
    }

    [Theory]
    [InlineData("Asia/Yerevan", "Asia/Yerevan")]
    [InlineData("europe/moscow", "Europe/Moscow")]
    [InlineData("UTC", "UTC")]
    public void Known_zones_are_found_by_their_IANA_name(string name, string id) =>
        Assert.Equal(id, SiteTimeZones.Find(name)!.Id);

    [Theory]
    [InlineData("Europe/Mosow", "Europe/Mosow is not a time zone Folio knows; choose one such as Europe/Moscow.")]
    [InlineData("Eastern Standard Time", "Eastern Standard Time is not a time zone Folio knows; choose one such as ")]
    [InlineData("Mars/Olympus_Mons", "Mars/Olympus_Mons is not a time zone Folio knows; choose one such as ")]
    [InlineData("", "Choose a time zone, such as UTC or Europe/Moscow.")]
    public void Unknown_zones_and_Windows_names_are_refused_with_their_name(string name, string message)
    {
        using var english = LanguageScope.Of(Catalogues.English);
        Assert.StartsWith(message, SiteTimeZones.Problem(name, new Localizer(Catalogues.Shipped())));
    }
}
