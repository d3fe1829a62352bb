namespace Folio.Features.Sites;

/// <summary>What a member may do on one site, as in WordPress (highest first).</summary>
public enum SiteRole
{
    Administrator,
    Editor,
    Author,
    Contributor,
}
