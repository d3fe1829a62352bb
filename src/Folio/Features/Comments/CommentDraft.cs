using Folio.Data;

namespace Folio.Features.Comments;

/// <summary>
/// What a reader had typed in "Leave a Reply" when they went off to log in with a provider:
/// kept here, named by a random token in the address they come back to, so the text survives
/// the round trip without JavaScript. Read once, then deleted.
/// </summary>
public class CommentDraft : ISiteOwned
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public string Token { get; set; } = "";
    public long PostId { get; set; }
    public long? ParentId { get; set; }
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
