using System.Globalization;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;

namespace Folio.Tests.Units;

public sealed class DashboardTimesTests
{
    private static readonly Localizer T = new(Catalogues.Shipped());

    [Theory]
    [InlineData("en", "UTC", "6 Dec 2026, 14:05 UTC")]
    [InlineData("en", "Asia/Yerevan", "6 Dec 2026, 18:05 Asia/Yerevan")]
    [InlineData("ru", "Europe/Moscow", "6 дек. 2026 г., 17:05 Europe/Moscow")]
    [InlineData("en", "America/New_York", "6 Dec 2026, 09:05 America/New_York")]
    public void A_moment_reads_to_the_minute_on_the_sites_clock_in_the_persons_language_naming_the_zone(string language, string zone, string expected)
    {
        var moment = new DateTime(2026, 12, 6, 14, 5, 30, DateTimeKind.Utc);
        // Whatever the machine's own language.
        using var machine = LanguageScope.Of("ar");
        using var person = LanguageScope.Of(language);

        var element = DashboardTimes.TimeElement(T, SiteClock.For(zone), moment).ToString();

        Assert.Equal($"<time datetime=\"2026-12-06T14:05:30Z\">{expected}</time>", element);
    }
}
