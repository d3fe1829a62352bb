using Folio.Data;

namespace Folio.Features.Curation;

public enum ItemOutcome
{
    Imported,
    Duplicate,
    Filtered,
    TooOld,
    Failed,
}

/// <summary>
/// Every item a source has offered, imported or not, with the reason: the source's log, and the
/// memory that makes re-imports do nothing. The key (site, source, item key) lets exactly one
/// importer claim an item, however many run at once.
/// </summary>
public class SourceItem : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public long SourceId { get; set; }

    /// <summary>SHA-256 (hex) of the item's GUID or id, or of its link when it has none.</summary>
    public string ItemKey { get; set; } = "";

    public string Title { get; set; } = "";
    public string? Link { get; set; }
    public ItemOutcome Outcome { get; set; }

    /// <summary>Why it was skipped or failed, in words for the dashboard.</summary>
    public string? Reason { get; set; }

    /// <summary>The post made from it, when imported.</summary>
    public long? PostId { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// An original article a site has reposted, by its normalised address and by a fingerprint of
/// its text. The unique (site, URL hash) key means one article becomes one post, even from
/// several sources at once; the SimHash finds the same wire story under another address.
/// </summary>
public class CuratedOriginal : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }

    /// <summary>SHA-256 (hex) of the normalised URL (no scheme, www., fragment, tracking parameters or trailing slash).</summary>
    public string UrlHash { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>64-bit SimHash of the article's words; near-duplicates differ in a few bits.</summary>
    public long SimHash { get; set; }

    public long PostId { get; set; }

    /// <summary>Other publications that carried the same story: "Name\tURL" lines, shown as "Also reported by".</summary>
    public string AlsoReportedBy { get; set; } = "";

    /// <summary>When the original was last checked for being still there.</summary>
    public DateTime? CheckedAt { get; set; }

    /// <summary>When the original was first found gone (404/410, or unreachable for a week); null while it answers.</summary>
    public DateTime? GoneSince { get; set; }

    /// <summary>First failure of an unbroken run of unreachable checks; a week of them means gone.</summary>
    public DateTime? UnreachableSince { get; set; }

    public DateTime CreatedAt { get; set; }
}
