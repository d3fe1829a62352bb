using System.Security.Cryptography;
using System.Text;
using Folio.Features.Identity;
using Folio.Infrastructure;

namespace Folio.Features.Posts;

/// <summary>A protected post or page as one reader sees it on its own page: its words once they gave the password, else the form.</summary>
/// <param name="Post">The post, with its words when they are open to this reader.</param>
/// <param name="Password">The post's password; null for an open post.</param>
/// <param name="Locked">Whether the page shows the password form instead of the words (and the discussion).</param>
public sealed record GatedPost(PostView Post, string? Password, bool Locked);

/// <summary>Why a typed password did not open the post, and the status to answer with.</summary>
public sealed record PasswordRefusal(string Error, int Status);

/// <summary>
/// The password form of protected posts and pages, on their own pages (<see cref="PostProtection"/>):
/// the right password opens the post, and every post of the site with the same one, for ten days
/// (<see cref="PostPasswordCookie"/>); tries are throttled like logins.
/// </summary>
public sealed class PostPasswordGate(Deferred<PostQueries> posts, PostPasswordCookie cookie, IdentityRateLimits rateLimits)
{
    /// <summary>The post as this reader may see it; an open post is returned as it is, without reading anything.</summary>
    public async Task<GatedPost> ForReaderAsync(HttpRequest request, PostView post)
    {
        if (!post.IsProtected || await posts.Value.ProtectedWordsAsync(post.Id, request.HttpContext.RequestAborted) is not var (password, bodyHtml))
            return new GatedPost(post, null, Locked: false);
        return cookie.Opens(request, password) ? new GatedPost(post with { BodyHtml = bodyHtml }, password, Locked: false) : new GatedPost(post, password, Locked: true);
    }

    /// <summary>Whether the request carries the proof that its reader gave this password.</summary>
    public bool Opens(HttpRequest request, string password) => cookie.Opens(request, password);

    /// <summary>Whether a typed password is the post's, compared in constant time so that the answer's timing gives nothing away.</summary>
    public static bool Matches(string? typed, string expected) =>
        typed is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(typed), Encoding.UTF8.GetBytes(expected));

    /// <summary>Checks a typed password: null when it opens the post (the reader's browser now remembers it), else why not.</summary>
    public async Task<PasswordRefusal?> TryAsync(HttpContext context, long postId, string expected, string? typed)
    {
        if (await rateLimits.LoginAsync(context.Connection.RemoteIpAddress?.ToString(), $"post:{postId}", context.RequestAborted) is { } wait)
            return new PasswordRefusal($"Too many tries. Please wait {RateLimits.Refuse(context.Response, wait)} seconds, then try again.", StatusCodes.Status429TooManyRequests);
        if (!Matches(typed, expected))
            return new PasswordRefusal("That password is not right. Please try again.", StatusCodes.Status422UnprocessableEntity);
        cookie.Remember(context.Response, expected);
        return null;
    }
}
