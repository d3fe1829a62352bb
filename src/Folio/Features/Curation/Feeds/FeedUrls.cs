namespace Folio.Features.Curation.Feeds;

/// <summary>Turns a URL written in a feed or page into an absolute http(s) URL, or nothing.</summary>
internal static class FeedUrls
{
    /// <summary>
    /// Resolves against <paramref name="baseUrl"/>; anything that does not end up http or https
    /// (<c>javascript:</c>, <c>data:</c>, <c>file:</c>…) is dropped rather than passed on.
    /// </summary>
    public static Uri? Resolve(string? raw, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (!Uri.TryCreate(baseUrl, raw.Trim(), out var url)) return null;
        return url.Scheme is "http" or "https" ? url : null;
    }
}
