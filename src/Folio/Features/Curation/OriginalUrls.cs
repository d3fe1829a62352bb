namespace Folio.Features.Curation;

/// <summary>
/// One spelling for every way feeds write the address of the same article, so that the same
/// story from several sources becomes one post: the host in lower case without <c>www.</c>, no
/// scheme, no fragment, no tracking parameters, no trailing slash.
/// </summary>
public static class OriginalUrls
{
    // Parameters that say where a reader came from, never which article they read.
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_"];
    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase) { "fbclid", "gclid" };

    public static string Normalize(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var port = url.IsDefaultPort ? "" : $":{url.Port}";
        var path = url.AbsolutePath.TrimEnd('/');
        var kept = url.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]));
        var query = string.Join('&', kept);
        return $"{host}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    /// <summary>The key of <see cref="CuratedOriginal.UrlHash"/>.</summary>
    public static string Hash(Uri url) => ItemKeys.Of(Normalize(url));

    private static bool IsTracking(string name) =>
        TrackingNames.Contains(name) || TrackingPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
