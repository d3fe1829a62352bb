using Folio.Features.Posts;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>?_embed</c>: the linked resources a client would fetch next (author, terms, replies, featured image)
/// nested in the answer under <c>_embedded</c>, keyed by their link relation as WordPress does.
/// </summary>
public sealed class RestEmbeds(RestUsers users, RestTerms terms, RestComments comments, RestMedia media)
{
    public static bool Wanted(HttpRequest request) => request.Query.ContainsKey("_embed");

    public async Task<Dictionary<string, object>> ForPostAsync(long postId, long authorId, long? featuredMediaId, bool hasTerms, HttpContext context)
    {
        var embedded = await AuthorAsync(authorId, context);
        var replies = await comments.OfPostAsync(postId, context);
        if (replies.Count > 0) embedded["replies"] = new[] { replies };
        if (featuredMediaId is { } mediaId && await media.FindAsync(mediaId, context) is { } image) embedded["wp:featuredmedia"] = new[] { image };
        if (hasTerms) embedded["wp:term"] = new[] { await terms.OfPostAsync(true, postId, context), await terms.OfPostAsync(false, postId, context) };
        return embedded;
    }

    /// <summary>A comment's registered author and the post it is on (<c>up</c>), as WordPress embeds them.</summary>
    public async Task<Dictionary<string, object>> ForCommentAsync(long? accountId, long postId, PostKind postKind, HttpContext context)
    {
        var embedded = await AuthorAsync(accountId, context);
        // Resolved here, not injected: the posts embed their comments through this class.
        if (await context.RequestServices.GetRequiredService<RestPosts>().PublicAsync(postKind, postId, context) is { } post) embedded["up"] = new[] { post };
        return embedded;
    }

    /// <summary>Who uploaded a media item.</summary>
    public Task<Dictionary<string, object>> ForMediaAsync(long uploaderId, HttpContext context) => AuthorAsync(uploaderId, context);

    private async Task<Dictionary<string, object>> AuthorAsync(long? accountId, HttpContext context)
    {
        var embedded = new Dictionary<string, object>();
        if (accountId is { } id && await users.FindAsync(id, context) is { } author) embedded["author"] = new[] { author };
        return embedded;
    }
}
