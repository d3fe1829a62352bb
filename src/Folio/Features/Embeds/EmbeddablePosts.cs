using Folio.Features.Posts;

namespace Folio.Features.Embeds;

/// <summary>
/// Which posts another site may embed, by their path: public posts and pages whose words are
/// open to everyone. A draft, a post not yet due, or a password-protected post has no card and no
/// embed view, as WordPress gives none for a post that is not publicly viewable.
/// </summary>
public sealed class EmbeddablePosts(PostQueries posts)
{
    /// <summary>The embed view of a post, WordPress's address for it: the post's own address and <c>embed/</c>.</summary>
    public static string EmbedPath(string postPath) => postPath + "embed/";

    /// <summary>The embeddable post or page at a path of this site: <c>/{yyyy}/{MM}/{dd}/{slug}/</c> or <c>/{slug}/</c>.</summary>
    public async Task<PostView?> AtAsync(string path, CancellationToken cancellationToken)
    {
        var segments = path.Trim('/').Split('/');
        var (slug, kind) = segments.Length switch
        {
            4 => (segments[3], PostKind.Post),
            1 => (segments[0], PostKind.Page),
            _ => ("", PostKind.Post),
        };
        if (slug.Length == 0) return null;
        var post = await posts.FindBySlugAsync(Uri.UnescapeDataString(slug), kind, cancellationToken);
        return post is { IsProtected: false } && post.Path == path ? post : null;
    }
}
