using Folio.Data;

namespace Folio.Features.Posts;

/// <summary>A named grouping of a site's posts, unique by slug within the site.</summary>
public interface ITerm : ISiteOwned
{
    long Id { get; }
    string Name { get; set; }
    string Slug { get; set; }
}
