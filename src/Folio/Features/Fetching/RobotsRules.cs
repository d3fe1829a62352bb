using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Folio.Features.Fetching;

/// <summary>
/// Asks a host's robots.txt, fetched through the same guard and kept a few minutes per host,
/// whether Folio may fetch a page in full. A robots.txt that is missing (4xx) allows everything;
/// one that cannot be read (5xx, refused, timed out) forbids everything, as RFC 9309 asks.
/// </summary>
public sealed class RobotsRules(GuardedFetcher fetcher, IMemoryCache cache, IOptions<FetchOptions> options)
{
    /// <summary>The product token our robots.txt groups are looked up by.</summary>
    public const string ProductToken = "Folio";

    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var robots = await cache.GetOrCreateAsync($"robots.txt:{origin}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.RobotsCacheDuration;
            return await LoadAsync(new Uri(origin + "/robots.txt"), cancellationToken);
        });
        return robots!.IsAllowed(url.PathAndQuery);
    }

    private async Task<RobotsTxt> LoadAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var result = await fetcher.GetAsync(robotsUrl, cancellationToken);
        if (result.Succeeded) return RobotsTxt.Parse(result.BodyText(), ProductToken);
        var missing = result.Outcome == FetchOutcome.HttpError && (int)result.StatusCode! is >= 400 and < 500;
        return missing ? RobotsTxt.AllowAll : RobotsTxt.DisallowAll;
    }
}
