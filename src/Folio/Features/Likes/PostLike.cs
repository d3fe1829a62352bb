using Folio.Data;

namespace Folio.Features.Likes;

/// <summary>One account likes one post; the key makes a second like of the same post impossible.</summary>
public class PostLike : ISiteOwned
{
    public long SiteId { get; set; }
    public long PostId { get; set; }
    public long AccountId { get; set; }
    public DateTime CreatedAt { get; set; }
}
