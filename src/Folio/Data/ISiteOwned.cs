namespace Folio.Data;

/// <summary>
/// A row that belongs to one site. The data context filters every query on these rows to the
/// current site and stamps new rows with it, so tenant isolation holds by construction.
/// </summary>
public interface ISiteOwned
{
    long SiteId { get; set; }
}
