namespace Folio.Features.Sites;

/// <summary>A blog hosted on the platform: the tenant that owns posts, terms and members.</summary>
public class Site
{
    public long Id { get; set; }

    /// <summary>The sub-domain label: site <c>x</c> lives at <c>x.{RootDomain}</c>.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }
    public string Tagline { get; set; } = "";

    /// <summary>An optional host name of the site's own (lower case, no port).</summary>
    public string? CustomDomain { get; set; }

    public int PostsPerPage { get; set; } = 10;
    public DateTime CreatedAt { get; set; }
}
