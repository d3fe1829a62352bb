using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Features.Embeds;

/// <summary>
/// A post's or page's card for other sites to frame, at its address and <c>embed/</c> as in
/// WordPress (<see cref="EmbedsFeature"/> adds the route for pages): title, excerpt, featured
/// image and the site, in a page of its own with no site chrome. It is the one page any site may
/// frame; the oEmbed answer (<see cref="OEmbedApi"/>) frames it.
/// </summary>
[SitePage]
[OutputCache(PolicyName = SitePageCachePolicy.Name)]
[WithoutCacheLocking]
public sealed class EmbedModel(EmbeddablePosts embeddable, CurrentSite currentSite) : PageModel
{
    public PostView Post { get; private set; } = null!;
    public string PermalinkUrl { get; private set; } = "";
    public SiteView Site => currentSite.Required;

    public async Task<IActionResult> OnGetAsync()
    {
        var path = CanonicalPaths.Of(Request.Path);
        if (!path.EndsWith("/embed/", StringComparison.Ordinal)) return NotFound();
        var postPath = path[..^"embed/".Length];
        if (await embeddable.AtAsync(postPath, HttpContext.RequestAborted) is not { } post) return NotFound();

        HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(CacheTags.Post(post.Id));
        SecurityHeaders.LetAnySiteFrame(Response);
        Post = post;
        PermalinkUrl = HttpContext.SiteUrl(post.Path);
        return Page();
    }
}
