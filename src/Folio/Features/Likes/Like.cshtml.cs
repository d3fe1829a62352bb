using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Likes;

/// <summary>
/// <c>/likes/{postId}/</c>: where the "Like" button leads without JavaScript. A reader who is not
/// signed in is sent to log in and comes back here; a GET changes nothing and asks to confirm,
/// the POST (antiforgery-checked) likes or unlikes and returns to the post's likes.
/// </summary>
[SitePage]
[Authorize]
public sealed class LikeModel(LikeQueries queries, LikePostHandler like, UnlikePostHandler unlike, SiteAccess access) : PageModel
{
    public LikeablePost Post { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long postId)
    {
        if (await queries.LikeablePostAsync(postId, HttpContext.RequestAborted) is not { } post) return NotFound();
        if (await queries.IsLikedByAsync(post.Id, access.AccountId!.Value, HttpContext.RequestAborted)) return Redirect(post.Path + "#likes");
        Post = post;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long postId, bool liked)
    {
        if (await queries.LikeablePostAsync(postId, HttpContext.RequestAborted) is not { } post) return NotFound();
        var accountId = access.AccountId!.Value;
        if (liked) await like.HandleAsync(new LikePost(post.Id, accountId), HttpContext.SiteUrl, HttpContext.RequestAborted);
        else await unlike.HandleAsync(new UnlikePost(post.Id, accountId), HttpContext.RequestAborted);
        return Redirect(post.Path + "#likes");
    }
}
