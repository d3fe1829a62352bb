using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Folio.Features.Comments;
using Folio.Features.Curation;
using Folio.Features.Likes;
using Folio.Features.People;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Posts;

/// <summary>
/// What every reader of a post page sees alike: the post, its approved comments (oldest first,
/// not yet threaded), its likes as the shared page shows them (no reader's own state), what a
/// repost says beside its original, and the site's posts related to it (<see cref="RelatedPosts"/>).
/// </summary>
/// <remarks>
/// One view serves every request rendered from the same stored value, so it is never changed
/// after it is made: the comments are threaded once, here, and the markup every reader sees alike
/// is rendered once into <see cref="Fragments"/>.
/// </remarks>
public sealed record PostPageView(PostView Post, IReadOnlyList<CommentView> Comments, LikesView Likes, RepostView Repost, IReadOnlyList<RelatedPostView> Related)
{
    /// <summary>The approved comments as threads (replies under their parents).</summary>
    [JsonIgnore] public DiscussionView Discussion { get; } = CommentQueries.Threads(Comments);

    /// <summary>The shared markup rendered from this view: comment threads, likers.</summary>
    [JsonIgnore] public RenderedFragments Fragments { get; } = new();
}

/// <summary>
/// The post page's read model: the <see cref="PostPageView"/> of a post, read from the database
/// once and then kept by <see cref="ReadModelCache"/>, tagged like the post's cached pages
/// (<see cref="CacheTags.Site"/> and <see cref="CacheTags.Post"/>). Every write that changes a post
/// page already evicts those tags (a comment approved or edited, a like, a post saved, the
/// site's settings), so the read model goes with the pages, on every server of a fleet. Pages rendered without the output cache (a signed-in reader's, a page
/// just evicted) are then rendered from one store lookup instead of about ten queries.
/// </summary>
public sealed class PostPageReadModel(
    ReadModelCache cache, Deferred<PostQueries> posts, Deferred<CommentQueries> comments, Deferred<LikeQueries> likes, Deferred<CurationQueries> curation,
    Deferred<RelatedPosts> related, CurrentSite currentSite, IHttpContextAccessor http)
{
    /// <summary>The shape of the stored view; another shape (another version of the fleet) reads as a miss, never as a wrong page.</summary>
    private const string Version = "v3";

    /// <summary>The post's shared page content, or null when no public post has this slug.</summary>
    public async Task<PostPageView?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var site = currentSite.Required;
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("The post page is read while answering a request.");
        // Per scheme and host, as the pages are: likers' links are absolute URLs made from the request.
        var key = $"folio-read:{Version}:post-page:{site.Id}:{request.Scheme}://{request.Host}/{slug}";
        if (await cache.GetDecodedAsync(key, Read, cancellationToken) is { } kept) return kept;

        // The post itself and its related posts change with the site's tag (saving any post evicts
        // it), its discussion and likes with the post's; each generation is taken before what it guards is read.
        var siteGeneration = await cache.BeginAsync(CacheTags.Site(site.Id), cancellationToken);
        var post = await posts.Value.FindBySlugAsync(slug, PostKind.Post, cancellationToken);
        if (post is null) return null;
        var postGeneration = await cache.BeginAsync(CacheTags.Post(post.Id), cancellationToken);

        var view = new PostPageView(
            post,
            await comments.Value.ApprovedAsync(post.Id, cancellationToken),
            await likes.Value.ForPostAsync(post.Id, null, cancellationToken),
            post.IsCurated ? await curation.Value.RepostAsync(post, (other, path) => request.HttpContext.SiteUrl(other, path), cancellationToken) : RepostView.None,
            await related.Value.ForPostAsync(post.Id, cancellationToken));
        await cache.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(view, PostPageJson.Stored.PostPageView),
            [CacheTags.Site(site.Id), CacheTags.Post(post.Id)], [siteGeneration, postGeneration], cancellationToken);
        return view;
    }

    private static readonly Func<byte[], PostPageView?> Read = ReadModelCache.JsonDecoder(PostPageJson.Stored.PostPageView);
}

/// <summary>
/// The stored form of <see cref="PostPageView"/>: JSON written by the source generator, with
/// HTML left unescaped (it is never embedded anywhere) and computed properties left out.
/// </summary>
[JsonSerializable(typeof(PostPageView))]
internal sealed partial class PostPageJson : JsonSerializerContext
{
    public static PostPageJson Stored { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IgnoreReadOnlyProperties = true,
    });
}
