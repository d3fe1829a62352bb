using Folio.Features.Curation.Feeds;

namespace Folio.Tests.Curation;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 03 Nov 2026 09:15:00 GMT", "2026-11-03T09:15:00Z")]
    [InlineData("Tue, 03 Nov 2026 09:15:00 +0000", "2026-11-03T09:15:00Z")]
    [InlineData("Tue, 3 Nov 2026 09:15:00 +0130", "2026-11-03T07:45:00Z")]
    [InlineData("03 Nov 2026 09:15 EST", "2026-11-03T14:15:00Z")]
    [InlineData("Tue,03 Nov 26 9:15:00 PDT", "2026-11-03T16:15:00Z")]
    [InlineData("2026-11-03T09:15:00Z", "2026-11-03T09:15:00Z")]
    [InlineData("2026-11-03T09:15:00.123+02:00", "2026-11-03T07:15:00.123Z")]
    [InlineData("2026-11-03", "2026-11-03T00:00:00Z")]
    public void Reads_rfc_822_and_iso_8601(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Tue, 03 Nov 2026 09:15:00 XYZ")]
    public void Anything_else_is_no_date(string? text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
