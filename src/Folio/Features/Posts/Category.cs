using Folio.Data;

namespace Folio.Features.Posts;

public class Category : ITerm
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
}

/// <summary>Links a post to a category; carries the site so it can be filtered and sharded.</summary>
public class PostCategory : ISiteOwned
{
    public long SiteId { get; set; }
    public long PostId { get; set; }
    public long CategoryId { get; set; }
    public Category Category { get; set; } = null!;
}
