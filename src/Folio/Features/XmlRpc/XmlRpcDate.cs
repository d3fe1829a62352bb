using System.Globalization;

namespace Folio.Features.XmlRpc;

/// <summary>
/// An XML-RPC <c>dateTime.iso8601</c>: a time as written, and whether it said its zone. WordPress
/// writes <c>20261207T09:30:00</c> with no zone (the field's name says which clock: <c>post_date</c>
/// the site's, <c>post_date_gmt</c> UTC); clients also send <c>Z</c>, an offset, or dashes.
/// </summary>
public sealed record XmlRpcDate(DateTime Time)
{
    private static readonly string[] Formats =
    [
        "yyyyMMdd'T'HH:mm:ss", "yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HH:mm:ssK", "yyyyMMdd'T'HHmmssK", "yyyyMMdd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Whether the time said its zone (then <see cref="Time"/> is in UTC).</summary>
    public bool IsUtc => Time.Kind == DateTimeKind.Utc;

    public static XmlRpcDate? Parse(string text) =>
        DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var time) ? new XmlRpcDate(time) : null;

    /// <summary>WordPress's way of writing one (no zone: the field says which clock).</summary>
    public static string Format(DateTime time) => time.ToString("yyyyMMdd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
