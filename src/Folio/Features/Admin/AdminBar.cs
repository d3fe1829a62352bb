using Folio.Features.Comments;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Admin;

/// <summary>A post or page as the admin bar and the "Edit" links need it: who wrote it, and what to call it.</summary>
public sealed record EditablePost(long Id, PostKind Kind, string Title, long AuthorId);

/// <summary>What the admin bar on a site's pages shows one of its members.</summary>
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

/// <summary>
/// The admin bar's facts for the signed-in reader of this request, looked up once, for the
/// personal parts of a page (Features/Personal): the page every reader shares never asks.
/// </summary>
public sealed class AdminBar(SiteAccess access, Deferred<CommentQueries> comments)
{
    /// <summary>The bar for the reader, or null when they are not signed in or not a member of this site.</summary>
    public async Task<AdminBarView?> ForReaderAsync(CancellationToken cancellationToken)
    {
        // Names first: they bring the role with them.
        if (access.AccountId is not { } accountId || await access.NamesAsync(cancellationToken) is not { } names
            || await access.RoleAsync(cancellationToken) is not { } role)
            return null;
        var awaiting = role <= SiteRole.Editor ? await comments.Value.AwaitingModerationAsync(cancellationToken) : 0;
        return new AdminBarView(accountId, names.DisplayName, role, awaiting);
    }
}
