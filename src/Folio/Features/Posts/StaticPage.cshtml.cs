using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Folio.Features.Posts;

/// <summary>A static page (About, Contact) at <c>/{slug}/</c>; a post's slug there leads to the post.</summary>
[SitePage]
[OutputCache(PolicyName = SitePageCachePolicy.Name)]
public sealed class StaticPageModel(PostQueries posts) : PageModel
{
    public PostView StaticPage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var page = await posts.FindBySlugAsync(slug, PostKind.Page, HttpContext.RequestAborted);
        if (page is null)
        {
            // WordPress sites with "/%postname%/" permalinks linked posts here: send readers on to the post.
            var post = await posts.FindBySlugAsync(slug, PostKind.Post, HttpContext.RequestAborted);
            return post is null ? NotFound() : RedirectPermanent(post.Path);
        }
        HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(CacheTags.Post(page.Id));
        StaticPage = page;
        return Page();
    }
}
