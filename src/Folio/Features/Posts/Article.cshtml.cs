using System.Text.Json;
using Folio.Features.Comments;
using Folio.Features.Curation;
using Folio.Features.Identity;
using Folio.Features.Identity.External;
using Folio.Features.Likes;
using Folio.Features.Sites;
using Folio.Features.Subscriptions;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Features.Posts;

/// <summary>
/// A post at its permalink, <c>/{yyyy}/{MM}/{dd}/{slug}/</c>, with its discussion and the
/// "Leave a Reply" form, which posts back here and works without JavaScript.
/// </summary>
[SitePage]
[OutputCache(PolicyName = SitePageCachePolicy.Name)]
// Guests post from cached pages, which carry no antiforgery token (the token would set a cookie
// and keep the page out of the cache). A signed-in reader's form gets its token with their
// personal parts (Features/Personal), checked in OnPostCommentAsync; their SameSite=Lax session
// cookie never rides a cross-site form anyway.
[IgnoreAntiforgeryToken]
[RequestBodyLimit(MaxRequestBytes, "This comment is far longer than a comment may be. Nothing was saved: please go back, shorten it and post it again.")]
public sealed class ArticleModel(
    PostPageReadModel pages, PostPasswordGate passwordGate, Deferred<CommentQueries> comments,
    HeldCommentLinks heldLinks, Deferred<CommentDrafts> drafts, Deferred<PostOldPathRedirects> oldPaths, ExternalProviders providers, CurrentSite currentSite, SiteAccess access, TimeProvider clock, Localizer T) : PageModel
{
    /// <summary>
    /// The most a request to the post page may carry: a comment at its limit in any script,
    /// percent-encoded (up to 9 bytes a character), with the form's other fields.
    /// </summary>
    public const long MaxRequestBytes = 256 * 1024;

    /// <summary>What every reader of the post sees alike, from the post page's read model.</summary>
    private PostPageView shared = null!;

    /// <summary>A protected post's password, read once by <see cref="LoadAsync"/>; null for an open post.</summary>
    private string? postPassword;

    public PostView Post { get; private set; } = null!;

    /// <summary>A protected post whose password this reader has not given: the page shows the password form instead of the words and the discussion.</summary>
    public bool Locked { get; private set; }

    public string? PasswordError { get; private set; }
    public DiscussionView Discussion { get; private set; } = new([], 0);

    /// <summary>
    /// Where the discussion's and the likes' shared markup is kept: the read model's, which every
    /// page rendered from it reuses, or this request's own when the discussion shows a held comment.
    /// </summary>
    public RenderedFragments SharedMarkup { get; private set; } = new();

    /// <summary>The post's likes, or null when the site or the post has them switched off.</summary>
    public LikesView? Likes { get; private set; }

    public string PermalinkUrl { get; private set; } = "";
    public string CanonicalUrl { get; private set; } = "";
    public string StructuredData { get; private set; } = "";
    public string SiteTitle => currentSite.Required.Title;

    /// <summary>
    /// The site's words for the link to a repost's original: WordPress's "Read original article
    /// here." in the site's language until the site words it its own way.
    /// </summary>
    public string AttributionText => currentSite.Required.AttributionText is var text && text == Site.DefaultAttributionText ? T[text] : text;

    /// <summary>For a repost: other publications that carried the story, and the archived copy when the original is gone.</summary>
    public RepostView Repost { get; private set; } = RepostView.None;

    /// <summary>The site's posts related to this one (<see cref="RelatedPosts"/>), from the read model.</summary>
    public IReadOnlyList<RelatedPostView> Related => shared.Related;
    public int ThreadDepth => currentSite.Required.CommentThreadDepth;

    /// <summary>The site's clock, which the comments' times are shown on.</summary>
    public SiteClock SiteClock => currentSite.Required.Clock;

    /// <summary>Whether the "Leave a Reply" form is offered: open, and the post not past the site's limit.</summary>
    public bool TakesComments => DiscussionRules.IsOpen(Post.CommentsOpen, Post.PublishedAt, currentSite.Required.CloseCommentsAfterDays, clock.GetUtcNow().UtcDateTime);

    [BindProperty] public CommentForm Form { get; set; } = new();
    public string? ReplyToName { get; private set; }
    public IReadOnlyList<string> CommentErrors { get; private set; } = [];

    /// <summary>The outside identity (no platform account) commenting here, or null.</summary>
    public ExternalCommenter? External { get; private set; }

    /// <summary>The login buttons the guest box offers.</summary>
    public IReadOnlyList<ExternalProvider> Providers => providers.All;

    // The date in the path only routes (LoadAsync redirects a wrong one by the post's own path): binding it is work for nothing.
    public async Task<IActionResult> OnGetAsync(string slug, long? replytocom, string? held, string? draft)
    {
        if (await LoadAsync(slug) is { } notHere) return notHere;
        if (Locked) return Page();
        var heldId = heldLinks.CommentId(held);
        if (heldId is not null || draft is not null)
        {
            // This answer shows one reader their own held comment, or their own unfinished one: it must not be cached.
            HttpContext.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheStorage = false;
        }
        if (draft is not null && await drafts.Value.TakeAsync(draft, Post.Id, HttpContext.RequestAborted) is { } kept)
        {
            Form.Comment = kept.Body;
            replytocom ??= kept.ParentId;
        }
        // Only the author of a held comment sees it, in a page of their own: read afresh, and rendered for them alone.
        if (heldId is null) Discussion = shared.Discussion;
        else (Discussion, SharedMarkup) = (await comments.Value.ForPostAsync(Post.Id, heldId, HttpContext.RequestAborted), new RenderedFragments());
        LoadLikes();
        if (replytocom is { } parentId && await comments.Value.ReplyTargetAsync(Post.Id, parentId, HttpContext.RequestAborted) is { } name)
        {
            Form.ParentId = parentId;
            ReplyToName = name;
        }
        return Page();
    }

    // What only a comment needs comes with the POST, so that a GET (most requests) does not build it.
    // The POST reads only the post's CommentTarget: the page's read model holds every comment of
    // the post and each accepted comment evicts it, so under a stream of comments it would be read
    // from the database anew for each one. The page itself is loaded only to show a refusal.
    public async Task<IActionResult> OnPostCommentAsync(int year, int month, int day, string slug,
        [FromServices] CommentTargets targets, [FromServices] SubmitCommentHandler submitComment, [FromServices] SubscribeHandler subscribe,
        [FromServices] IAntiforgery antiforgery)
    {
        if (await targets.BySlugAsync(slug, HttpContext.RequestAborted) is not { } post) return NotFound();
        if (!Request.IsAt(post.Path)) return CanonicalPaths.RedirectTo(Request, post.Path);
        await LoadExternalCommenterAsync();
        if ((access.AccountId is not null || External is not null) && !await antiforgery.IsRequestValidAsync(HttpContext))
            return await RefuseAsync(slug, ["This form has expired: reload the page and post your comment again (copy it first)."]);

        var result = await submitComment.HandleAsync(post, new SubmitComment(post.Id, Form.ParentId, Form.Comment, Form.Author, Form.Email, Form.Url,
            Form.Phone, HttpContext.Connection.RemoteIpAddress?.ToString(), Form.SecondsOnPage, Request.Headers.UserAgent.ToString(), Request.Headers.Referer.ToString(),
            External?.IdentityId, password => passwordGate.Opens(Request, password)), HttpContext.SiteUrl, HttpContext.RequestAborted);
        if (result.Refusal is { } refusal) return await RefuseAsync(slug, post, refusal);
        var comment = result.Comment!;

        if (Form.NotifyComments)
            await subscribe.ToCommentsAsync(post.Id, post.Title, comment.AuthorEmail, addressProved: comment.AccountId is not null, HttpContext.SiteUrl, HttpContext.RequestAborted);
        if (Form.NotifyPosts)
            await subscribe.ToPostsAsync(comment.AuthorEmail, comment.AccountId, HttpContext.SiteUrl, HttpContext.RequestAborted);

        if (Form.Remember && comment.AccountId is null) RememberCommenter(comment);
        var query = comment.Status == CommentStatus.Pending ? $"?held={Uri.EscapeDataString(heldLinks.Token(comment.Id))}" : "";
        return Landed($"{post.Path}{query}#comment-{comment.Id}");
    }

    /// <summary>The password form of a protected post (<see cref="PostPasswordGate"/>).</summary>
    public async Task<IActionResult> OnPostPasswordAsync(int year, int month, int day, string slug, string? password)
    {
        if (await LoadAsync(slug) is { } notHere) return notHere;
        if (postPassword is not { } expected) return Redirect(Post.Path);
        if (await passwordGate.TryAsync(HttpContext, Post.Id, expected, password) is { } refused) return RefusePassword(refused.Error, refused.Status);
        return Redirect(Post.Path);
    }

    private PageResult RefusePassword(string error, int status)
    {
        PasswordError = error;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>
    /// Sends the reader to where their comment landed. The page's script, posting in place, is
    /// told the address instead of being redirected, and loads the discussion from it.
    /// </summary>
    private IActionResult Landed(string location) =>
        Request.Headers["X-Folio-Form"] == "in-place" ? new JsonResult(new { location }) : Redirect(location);

    /// <summary>A refused comment as the form answers it: the password form, the page with the reason, or (for what was thrown away) as if it had landed.</summary>
    private async Task<IActionResult> RefuseAsync(string slug, CommentTarget post, CommentRefusal refusal)
    {
        switch (refusal)
        {
            case CommentRefusal.Discarded:
                return Landed(post.Path);
            case CommentRefusal.PasswordRequired:
                return await LoadAsync(slug) ?? RefusePassword(refusal.Message(T), StatusCodes.Status422UnprocessableEntity);
            case CommentRefusal.TooFast tooFast:
                RateLimits.Refuse(Response, tooFast.Wait);
                return await RefuseAsync(slug, refusal.Messages(T), StatusCodes.Status429TooManyRequests);
            default:
                return await RefuseAsync(slug, refusal.Messages(T));
        }
    }

    /// <summary>The page again, with the reasons and everything the reader typed.</summary>
    private async Task<IActionResult> RefuseAsync(string slug, IReadOnlyList<string> errors, int status = StatusCodes.Status422UnprocessableEntity)
    {
        if (await LoadAsync(slug) is { } notHere) return notHere;
        CommentErrors = errors;
        Discussion = shared.Discussion;
        LoadLikes();
        if (Form.ParentId is { } parentId) ReplyToName = await comments.Value.ReplyTargetAsync(Post.Id, parentId, HttpContext.RequestAborted);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>Loads the post, or answers 404 / a redirect to its real address.</summary>
    private async Task<IActionResult?> LoadAsync(string slug)
    {
        if (await pages.FindAsync(slug, HttpContext.RequestAborted) is not { } page)
            return await MovedAsync() is { } moved ? CanonicalPaths.RedirectTo(Request, moved) : NotFound();
        var post = page.Post;
        // A post keeps answering at an old date (an edited publish time): send readers on, unless
        // the address is one another post left (its slug changed), which it means more exactly.
        if (!Request.IsAt(post.Path)) return CanonicalPaths.RedirectTo(Request, await MovedAsync() ?? post.Path);

        HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(CacheTags.Post(post.Id));
        shared = page;
        SharedMarkup = page.Fragments;
        PermalinkUrl = HttpContext.SiteUrl(post.Path);
        CanonicalUrl = post.CanonicalToOriginal && post.OriginalUrl is not null ? post.OriginalUrl : PermalinkUrl;
        StructuredData = PostStructuredData.Json(post, PermalinkUrl, SiteTitle, HttpContext.SiteUrl(post.Author.Path));
        (Post, postPassword, Locked) = await passwordGate.ForReaderAsync(Request, post);
        Repost = page.Repost;
        await LoadExternalCommenterAsync();
        return null;
    }

    /// <summary>Where the post or page that had this address (before its slug or date changed) is now.</summary>
    private async Task<string?> MovedAsync() => (await oldPaths.Value.TargetAsync(Request, HttpContext.RequestAborted))?.Path;

    /// <summary>
    /// The outside identity (no platform account) commenting here, whose cookie makes the page
    /// theirs alone (ExternalLoginFeature), or null. A signed-in account's identity is one of the
    /// page's personal parts instead (Features/Personal): their page is the one everyone shares.
    /// </summary>
    private async Task LoadExternalCommenterAsync()
    {
        if (access.AccountId is null) External = await ExternalCommenterSession.CurrentAsync(HttpContext);
    }

    /// <summary>The likes as everyone sees them: a signed-in reader's own "Liked" comes with their personal parts.</summary>
    private void LoadLikes()
    {
        if (LikeRules.AreOpen(currentSite.Required, Post.LikesOpen)) Likes = shared.Likes;
    }

    private void RememberCommenter(Comment comment) =>
        Response.Cookies.Append(CommenterCookie.CookieName,
            JsonSerializer.Serialize(new CommenterCookie(comment.AuthorName, comment.AuthorEmail, comment.AuthorUrl)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), SameSite = SameSiteMode.Lax, IsEssential = true, Secure = Request.IsHttps });
}
