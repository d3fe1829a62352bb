using System.Globalization;
using System.Net;
using System.Text;

namespace Folio.Features.Fetching;

/// <summary>
/// What a fetch came to. Every failure is an outcome with a message a person can read
/// (<see cref="Error"/>), never an exception, so a caller can show or store it as it is.
/// </summary>
public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }

    /// <summary>The URL answered last: the request's, or the last redirect's.</summary>
    public required Uri Url { get; init; }

    /// <summary>Why the fetch failed, in words; null when it succeeded.</summary>
    public string? Error { get; init; }

    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The media type of the body, without parameters (<c>application/rss+xml</c>).</summary>
    public string? MediaType { get; init; }

    public string? CharSet { get; init; }

    /// <summary>The body after decompression; empty unless <see cref="Outcome"/> is <see cref="FetchOutcome.Fetched"/>.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The validators to send next time; on 304, the server's new ones or else the request's.</summary>
    public FetchValidators Validators { get; init; } = new(null, null);

    public bool Succeeded => Outcome == FetchOutcome.Fetched;

    /// <summary>The body as text, decoded with the charset the server named, else UTF-8.</summary>
    public string BodyText() => Encoding(CharSet).GetString(Body);

    internal static FetchResult Refused(Uri url, string reason) =>
        Failure(FetchOutcome.Refused, url, $"refused: {reason}");

    internal static FetchResult TooLarge(Uri url, long maxBytes) =>
        Failure(FetchOutcome.TooLarge, url, $"too large: more than {Size(maxBytes)}");

    internal static FetchResult TimedOut(Uri url, TimeSpan timeout) =>
        Failure(FetchOutcome.TimedOut, url, $"timed out after {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");

    internal static FetchResult TooManyRedirects(Uri url, int maxRedirects) =>
        Failure(FetchOutcome.TooManyRedirects, url, $"too many redirects: more than {maxRedirects}");

    internal static FetchResult HttpError(Uri url, HttpStatusCode status, string? reasonPhrase) =>
        Failure(FetchOutcome.HttpError, url, $"the server answered {(int)status} {reasonPhrase}".TrimEnd()) with { StatusCode = status };

    internal static FetchResult Failed(Uri url, string reason) =>
        Failure(FetchOutcome.Failed, url, $"could not fetch: {reason}");

    private static FetchResult Failure(FetchOutcome outcome, Uri url, string error) =>
        new() { Outcome = outcome, Url = url, Error = error };

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };

    private static Encoding Encoding(string? charSet)
    {
        if (charSet is null) return System.Text.Encoding.UTF8;
        try
        {
            return System.Text.Encoding.GetEncoding(charSet.Trim('"'));
        }
        catch (ArgumentException)
        {
            return System.Text.Encoding.UTF8;
        }
    }
}
