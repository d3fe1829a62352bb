using Folio.Data;

namespace Folio.Features.Posts;

/// <summary>A saved state of a post's words, kept so an author can compare and restore.</summary>
public class PostRevision : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public long PostId { get; set; }
    public long AuthorId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public BodyFormat BodyFormat { get; set; }
    public string Excerpt { get; set; } = "";

    /// <summary>An autosave of unsaved edits rather than a deliberate save.</summary>
    public bool IsAutosave { get; set; }

    public DateTime CreatedAt { get; set; }
}
