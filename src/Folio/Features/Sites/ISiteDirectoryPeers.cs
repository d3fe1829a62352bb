namespace Folio.Features.Sites;

/// <summary>
/// The other servers of a fleet. Each keeps its own <see cref="SiteDirectory"/> memory, so when a
/// site's settings change they are asked to forget its hosts.
/// </summary>
public interface ISiteDirectoryPeers
{
    /// <summary>Asks every other server to forget the site's hosts; does not wait for them.</summary>
    void Forget(IReadOnlyList<string> hosts);
}

/// <summary>A single server has no peers to tell.</summary>
public sealed class NoSiteDirectoryPeers : ISiteDirectoryPeers
{
    public void Forget(IReadOnlyList<string> hosts)
    {
    }
}
