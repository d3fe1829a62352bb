using Folio.Data;
using Folio.Features.Identity;

namespace Folio.Features.Sites;

/// <summary>A platform account's role on one site. A role grants nothing on any other site.</summary>
public class SiteMember : ISiteOwned
{
    public long SiteId { get; set; }
    public long AccountId { get; set; }
    public Account Account { get; set; } = null!;
    public SiteRole Role { get; set; }
    public DateTime CreatedAt { get; set; }
}
