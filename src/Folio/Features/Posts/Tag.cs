using Folio.Data;

namespace Folio.Features.Posts;

public class Tag : ITerm
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
}

/// <summary>Links a post to a tag; carries the site so it can be filtered and sharded.</summary>
public class PostTag : ISiteOwned
{
    public long SiteId { get; set; }
    public long PostId { get; set; }
    public long TagId { get; set; }
    public Tag Tag { get; set; } = null!;
}
