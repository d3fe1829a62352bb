using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Sharing;

/// <summary>
/// <c>/share/mastodon/{postId}/</c>: Mastodon has no one share address, each instance has its
/// own, so the "Share on Mastodon" link asks the reader for theirs, then sends them to
/// <c>https://{instance}/share</c> with the post's title and permalink. It works without
/// JavaScript; mastodon-share.js only remembers the instance in the reader's own browser
/// (localStorage), never on the server.
/// </summary>
[SitePage]
public sealed class MastodonShareModel(PostQueries posts, Localizer T) : PageModel
{
    public PostView Post { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Instance { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long postId)
    {
        if (await posts.FindByIdAsync(postId, PostKind.Post, HttpContext.RequestAborted) is not { } post) return NotFound();
        Post = post;
        if (Instance is null) return Page();
        if (MastodonInstance.Parse(Instance) is { } host)
            return Redirect(ShareLinks.Mastodon(host, HttpContext.SiteUrl(post.Path), post.Title));
        Error = T["“{0}” is not the name of a Mastodon server. Type its name as it is in your address, such as mastodon.social.", Instance];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
