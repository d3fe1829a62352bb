using Folio.Data;
using Folio.Features.Identity;

namespace Folio.Features.Sites;

/// <summary>
/// A platform account invited to read a private site without joining its team: it may read
/// what members may read and nothing more. Kept apart from <see cref="SiteMember"/> so that no
/// check of a role (the dashboard, the REST API's capabilities) can mistake a reader for staff.
/// </summary>
public class SiteViewer : ISiteOwned
{
    public long SiteId { get; set; }
    public long AccountId { get; set; }
    public Account Account { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
}
