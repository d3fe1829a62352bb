using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Likes;

/// <summary>
/// <c>/likes/{postId}/</c>: where the "Like" button of the page everyone shares leads. A reader
/// not signed in here who clicked it on this site goes through the platform's login handshake
/// (no form when logged in at the platform) and comes back with the post liked
/// (<see cref="LikeIntents"/>). Anyone else arriving by GET (a link from elsewhere) changes
/// nothing and is asked to confirm; the POST (antiforgery-checked) likes or unlikes and returns
/// to the post's likes.
/// </summary>
[SitePage]
public sealed class LikeModel(LikeQueries queries, LikePostHandler like, UnlikePostHandler unlike, SiteAccess access, LikeIntents intents) : PageModel
{
    public LikeablePost Post { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long postId, string? intent)
    {
        if (await queries.LikeablePostAsync(postId, HttpContext.RequestAborted) is not { } post) return NotFound();
        if (access.AccountId is not { } accountId)
        {
            if (!LikeIntents.ClickedOnThisSite(Request)) return Challenge();
            var browser = LoginTicketBrowser.Mark(HttpContext);
            return Redirect(PlatformLoginHandshake.FromThisHost(HttpContext, intents.PathFor(post.Id, browser), browser));
        }
        if (intents.IsClickOn(intent, post.Id, HttpContext))
        {
            await like.HandleAsync(new LikePost(post.Id, accountId), HttpContext.SiteUrl, HttpContext.RequestAborted);
            return Redirect(post.Path + "#likes");
        }
        if (await queries.IsLikedByAsync(post.Id, accountId, HttpContext.RequestAborted)) return Redirect(post.Path + "#likes");
        Post = post;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long postId, bool liked)
    {
        if (access.AccountId is not { } accountId) return Challenge();
        if (await queries.LikeablePostAsync(postId, HttpContext.RequestAborted) is not { } post) return NotFound();
        if (liked) await like.HandleAsync(new LikePost(post.Id, accountId), HttpContext.SiteUrl, HttpContext.RequestAborted);
        else await unlike.HandleAsync(new UnlikePost(post.Id, accountId), HttpContext.RequestAborted);
        return Redirect(post.Path + "#likes");
    }
}
