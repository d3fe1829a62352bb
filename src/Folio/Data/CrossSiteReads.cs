using Microsoft.EntityFrameworkCore;

namespace Folio.Data;

/// <summary>
/// Why a query may see the rows of every site, past the tenancy filter. Every such query in Folio
/// names one of these, and nothing else lifts the filter (a test reads the sources to hold it so):
/// a new reason is a decision to review, not a call to slip in.
/// </summary>
public enum CrossSiteReason
{
    /// <summary>Platform work on a timer (publishing, announcing, polling, cleaning): no request, so no current site.</summary>
    PlatformJob,

    /// <summary>One account's own rows on every site (its memberships, its follows), narrowed to that account by the query.</summary>
    OneAccountsOwnRows,

    /// <summary>What every site publishes for anyone (the Reader, reposts of the same article elsewhere), narrowed to public rows by the query.</summary>
    PublicRowsOfEverySite,

    /// <summary>Rows reached through their parent, whose own query already keeps to its site.</summary>
    ScopedByParent,
}

public static class CrossSiteReads
{
    /// <summary>
    /// The rows of every site, for the given reason: only the tenancy filter is lifted (any
    /// other filter still applies), and the SQL is tagged with the reason for whoever reads the
    /// database's log.
    /// </summary>
    public static IQueryable<T> AcrossSites<T>(this IQueryable<T> rows, CrossSiteReason reason) where T : class, ISiteOwned =>
        rows.IgnoreQueryFilters([FolioDbContext.TenancyFilter]).TagWith($"Across sites: {reason}");
}
