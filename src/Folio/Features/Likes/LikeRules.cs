using Folio.Features.Sites;

namespace Folio.Features.Likes;

public static class LikeRules
{
    /// <summary>Whether a post takes likes: the site has them on and the post has not switched them off.</summary>
    public static bool AreOpen(SiteView site, bool postLikesOpen) => site.LikesEnabled && postLikesOpen;
}
