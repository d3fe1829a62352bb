using Folio.Features.Comments;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Admin;

/// <summary>What the admin bar on a site's pages shows one of its members.</summary>
public sealed record AdminBarView(string Name, string? Handle, SiteRole Role, int AwaitingModeration)
{
    /// <summary>Where a post or page template leaves the <see cref="PostView"/> it shows, for the bar's "Edit post".</summary>
    public const string ShownPostKey = "AdminBar.ShownPost";

    /// <summary>Whether the member may open this post in the editor: editors everyone's, authors their own (contributors never a published one).</summary>
    public bool MayEdit(PostView post) =>
        Role <= SiteRole.Editor || (Role == SiteRole.Author && post.Kind == PostKind.Post && Handle is not null && post.Author.Name == Handle);

    /// <summary>Whether the member moderates comments, and so is told how many wait.</summary>
    public bool Moderates => Role <= SiteRole.Editor;
}

/// <summary>
/// The admin bar's facts for the signed-in reader of this request, looked up once and only for
/// a signed-in render: the page every anonymous reader shares never asks (it is served from the
/// output cache, and a request with a session cookie is neither served from nor stored in it).
/// </summary>
public sealed class AdminBar(SiteAccess access, Deferred<CommentQueries> comments)
{
    private AdminBarView? view;
    private bool looked;

    /// <summary>The bar for the reader, or null when they are not signed in or not a member of this site.</summary>
    public async Task<AdminBarView?> ForReaderAsync(CancellationToken cancellationToken)
    {
        if (looked) return view;
        looked = true;
        // Names first: they bring the role with them.
        if (await access.NamesAsync(cancellationToken) is not { } names || await access.RoleAsync(cancellationToken) is not { } role) return null;
        var awaiting = role <= SiteRole.Editor ? await comments.Value.AwaitingModerationAsync(cancellationToken) : 0;
        return view = new AdminBarView(names.DisplayName, names.Handle, role, awaiting);
    }
}
