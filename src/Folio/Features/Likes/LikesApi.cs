using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Antiforgery;

namespace Folio.Features.Likes;

/// <summary>One liker as the API shows them.</summary>
public sealed record LikerJson(string Name, string AvatarUrl, string ProfileUrl);

/// <summary>
/// A post's likes as the API shows them. <see cref="Token"/> is the antiforgery request token a
/// signed-in reader sends back to like or unlike; null for anyone else.
/// </summary>
public sealed record LikesJson(long PostId, int Count, string Summary, bool Liked, IReadOnlyList<LikerJson> Likers, int More, string? Token);

/// <summary>What a reader asks for: to like the post (true) or not (false).</summary>
public sealed record LikeChange(bool Liked);

/// <summary>The likes widget's API on a site's host (docs/api.md).</summary>
public static class LikesApi
{
    public static IEndpointRouteBuilder MapLikes(this IEndpointRouteBuilder endpoints)
    {
        var likes = endpoints.MapGroup("/likes").ForSites();
        likes.MapGet("/{postId:long}.json", GetAsync);
        likes.MapPost("/{postId:long}.json", SetAsync);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(long postId, HttpContext context, LikeQueries queries, SiteAccess access, IAntiforgery antiforgery, Localizer T)
    {
        if (await queries.LikeablePostAsync(postId, context.RequestAborted) is null) return NoLikesHere();
        return await AnswerAsync(postId, context, queries, access, antiforgery, T);
    }

    /// <summary>
    /// Likes or unlikes as the signed-in reader. The session cookie alone is not enough: the
    /// request must carry the antiforgery token in the <c>RequestVerificationToken</c> header,
    /// which another site's page cannot read or send.
    /// </summary>
    private static async Task<IResult> SetAsync(long postId, LikeChange change, HttpContext context, LikeQueries queries, SiteAccess access, IAntiforgery antiforgery, Localizer T,
        LikePostHandler like, UnlikePostHandler unlike)
    {
        if (access.AccountId is not { } accountId) return Results.Json(new { error = "Log in to like posts." }, statusCode: StatusCodes.Status401Unauthorized);
        if (!await antiforgery.IsRequestValidAsync(context))
            return Results.Json(new { error = "The request token is missing or expired: reload the page and try again." }, statusCode: StatusCodes.Status400BadRequest);

        if (change.Liked)
        {
            var outcome = await like.HandleAsync(new LikePost(postId, accountId), context.SiteUrl, context.RequestAborted);
            if (outcome != LikeOutcome.Liked) return NoLikesHere();
        }
        else
        {
            await unlike.HandleAsync(new UnlikePost(postId, accountId), context.RequestAborted);
        }
        return await AnswerAsync(postId, context, queries, access, antiforgery, T);
    }

    private static async Task<IResult> AnswerAsync(long postId, HttpContext context, LikeQueries queries, SiteAccess access, IAntiforgery antiforgery, Localizer T)
    {
        // Says who the reader is: for this reader only, never for a shared cache.
        context.Response.Headers.CacheControl = "private, no-store";
        var likes = await queries.ForPostAsync(postId, access.AccountId, context.RequestAborted);
        var token = access.AccountId is null ? null : antiforgery.GetAndStoreTokens(context).RequestToken;
        return Results.Ok(new LikesJson(likes.PostId, likes.Count, likes.Summary(T), likes.LikedByReader,
            likes.Likers.Select(l => new LikerJson(l.Name, l.AvatarUrl, l.HomeUrl)).ToList(), likes.MoreCount, token));
    }

    private static IResult NoLikesHere() =>
        Results.Json(new { error = "There is no such post here, or it does not take likes." }, statusCode: StatusCodes.Status404NotFound);
}
