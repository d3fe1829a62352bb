using Folio.Data;

namespace Folio.Features.Sites;

/// <summary>An invitation by email to join a site with a role; accepted once, before it expires.</summary>
public class SiteInvitation : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public string Email { get; set; } = "";
    public SiteRole Role { get; set; }

    /// <summary>Whether the invitation is to read the site (a <see cref="SiteViewer"/>), not to join it; <see cref="Role"/> is then ignored.</summary>
    public bool AsViewer { get; set; }

    /// <summary>SHA-256 of the secret in the invitation link; the secret itself is never stored.</summary>
    public string TokenHash { get; set; } = "";

    public long InvitedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
}
