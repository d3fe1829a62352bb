using Folio.Features.Posts;
using Folio.Features.Sites;

namespace Folio.Features.Admin;

/// <summary>A post or page as the admin bar and the "Edit" links need it: who wrote it, and what to call it.</summary>
public sealed record EditablePost(long Id, PostKind Kind, string Title, long AuthorId);

/// <summary>What the admin bar on a site's pages shows one of its members (Features/Personal).</summary>
public sealed record AdminBarView(long AccountId, string Name, SiteRole Role, int AwaitingModeration)
{
    /// <summary>Where a post or page template leaves the <see cref="PostView"/> it shows, for the bar's "Edit post".</summary>
    public const string ShownPostKey = "AdminBar.ShownPost";

    /// <summary>Whether the member may open this post in the editor: editors everyone's, authors their own posts (contributors never a published one).</summary>
    public bool MayEdit(EditablePost post) =>
        Role <= SiteRole.Editor || (Role == SiteRole.Author && post.Kind == PostKind.Post && post.AuthorId == AccountId);

    /// <summary>Whether the member moderates comments, and so is told how many wait.</summary>
    public bool Moderates => Role <= SiteRole.Editor;
}
