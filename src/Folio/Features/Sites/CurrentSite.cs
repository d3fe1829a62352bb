namespace Folio.Features.Sites;

/// <summary>What kind of host a request came to.</summary>
public enum HostKind
{
    /// <summary>No site lives at this host.</summary>
    Unknown,

    /// <summary>The platform itself at the root domain: landing page, sign-up, the Reader.</summary>
    Platform,

    /// <summary>One site, at its sub-domain or custom domain.</summary>
    Site,
}

/// <summary>
/// The site a unit of work acts for (scoped). Site resolution fills it from the Host header;
/// the command line and background jobs fill it with <see cref="Use"/>. The data context reads
/// it to filter every site-owned row, so code that never sets it sees no site's data at all.
/// </summary>
public sealed class CurrentSite
{
    public HostKind Kind { get; private set; } = HostKind.Unknown;
    public SiteView? Site { get; private set; }

    /// <summary>The current site, for code that only runs on site hosts.</summary>
    public SiteView Required => Site ?? throw new InvalidOperationException("This code runs only for a site.");

    public void Use(SiteView site)
    {
        Site = site;
        Kind = HostKind.Site;
    }

    public void UsePlatform()
    {
        Site = null;
        Kind = HostKind.Platform;
    }
}
