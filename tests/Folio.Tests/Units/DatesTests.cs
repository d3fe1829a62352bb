using System.Globalization;
using Folio.Infrastructure;

namespace Folio.Tests.Units;

public sealed class DatesTests
{
    [Theory]
    [InlineData("2026-12-06T14:05:00", "6 Dec 2026, 14:05 UTC")]
    [InlineData("2027-01-01T00:00:59", "1 Jan 2027, 00:00 UTC")]
    [InlineData("2024-07-15T23:30:00", "15 Jul 2024, 23:30 UTC")]
    public void Readable_time_is_day_month_year_and_24_hour_time_in_UTC_whatever_the_machines_language(string utc, string expected)
    {
        var moment = DateTime.SpecifyKind(DateTime.Parse(utc, CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("ru-RU");
        try
        {
            Assert.Equal(expected, Dates.ReadableTime(moment));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
