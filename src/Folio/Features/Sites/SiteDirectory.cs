using Folio.Data;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Folio.Features.Sites;

/// <summary>
/// Answers "which site lives at this host?" from memory, so a cached page costs no database
/// round trip. Unknown hosts are remembered briefly too, so a flood of them cannot reach the
/// database on every request. Each server remembers for itself; a change of settings is passed
/// to the other servers of a fleet through <see cref="ISiteDirectoryPeers"/>.
/// </summary>
public sealed class SiteDirectory(IMemoryCache memory, IServiceScopeFactory scopes, ISiteDirectoryPeers peers, IOptions<FolioOptions> options)
{
    private static readonly TimeSpan KnownLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan UnknownLifetime = TimeSpan.FromSeconds(10);

    private string RootDomain => options.Value.RootDomain;

    public bool IsPlatformHost(string host) => host.Equals(RootDomain, StringComparison.OrdinalIgnoreCase);

    /// <summary>The primary host name of a site: its verified custom domain, else its sub-domain.</summary>
    public string HostOf(SiteView site) => site.LiveDomain ?? SubdomainOf(site);

    /// <summary>The site at a host (lower case, no port), or null.</summary>
    public async ValueTask<SiteView?> FindByHostAsync(string host, CancellationToken cancellationToken)
    {
        if (memory.TryGetValue(CacheKey(host), out SiteView? cached)) return cached;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var suffix = "." + RootDomain;
        var query = host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length
            ? db.Sites.Where(s => s.Slug == host.Substring(0, host.Length - suffix.Length))
            : db.Sites.Where(s => s.CustomDomain == host && s.CustomDomainVerifiedAt != null);
        var site = await query.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var view = site is null ? null : SiteView.From(site);
        memory.Set(CacheKey(host), view, view is null ? UnknownLifetime : KnownLifetime);
        return view;
    }

    /// <summary>
    /// Forgets what this server, and every other server of the fleet, knows of the site's hosts,
    /// after its settings change. A domain waiting for verification is forgotten too: it may be
    /// remembered as unknown, and must route as soon as it is verified.
    /// </summary>
    public void Forget(SiteView site)
    {
        string[] hosts = site.CustomDomain is null ? [SubdomainOf(site)] : [SubdomainOf(site), site.CustomDomain];
        ForgetHosts(hosts);
        peers.Forget(hosts);
    }

    /// <summary>Forgets the hosts in this server only: what a peer's message asks for.</summary>
    public void ForgetHosts(IEnumerable<string> hosts)
    {
        foreach (var host in hosts) memory.Remove(CacheKey(host));
    }

    private string SubdomainOf(SiteView site) => $"{site.Slug}.{RootDomain}";

    private static string CacheKey(string host) => "site-by-host:" + host;
}
