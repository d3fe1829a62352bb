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
        var embedded = new Dictionary<string, object>();
        if (await users.FindAsync(authorId, context) is { } author) embedded["author"] = new[] { author };
        var replies = await comments.OfPostAsync(postId, context);
        if (replies.Count > 0) embedded["replies"] = new[] { replies };
        if (featuredMediaId is { } mediaId && await media.FindAsync(mediaId, context) is { } image) embedded["wp:featuredmedia"] = new[] { image };
        if (hasTerms) embedded["wp:term"] = new[] { await terms.OfPostAsync(true, postId, context), await terms.OfPostAsync(false, postId, context) };
        return embedded;
    }
}
