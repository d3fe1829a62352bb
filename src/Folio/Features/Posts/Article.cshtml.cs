using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Posts;

/// <summary>A post at its permalink, <c>/{yyyy}/{MM}/{dd}/{slug}/</c>.</summary>
[SitePage]
[OutputCache(PolicyName = SitePageCachePolicy.Name)]
public sealed class ArticleModel(PostQueries posts, CurrentSite currentSite) : PageModel
{
    public PostView Post { get; private set; } = null!;
    public string PermalinkUrl { get; private set; } = "";
    public string CanonicalUrl { get; private set; } = "";
    public string StructuredData { get; private set; } = "";
    public string SiteTitle => currentSite.Required.Title;

    public async Task<IActionResult> OnGetAsync(int year, int month, int day, string slug)
    {
        var post = await posts.FindBySlugAsync(slug, PostKind.Post, HttpContext.RequestAborted);
        if (post is null) return NotFound();
        // A post keeps answering at an old date (an edited publish time): send readers on.
        if (post.Path != Request.Path.Value) return RedirectPermanent(post.Path);

        HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(CacheTags.Post(post.Id));
        Post = post;
        PermalinkUrl = HttpContext.SiteUrl(post.Path);
        CanonicalUrl = post.CanonicalToOriginal && post.OriginalUrl is not null ? post.OriginalUrl : PermalinkUrl;
        StructuredData = PostStructuredData.Json(post, PermalinkUrl, SiteTitle, HttpContext.SiteUrl(post.Author.Path));
        return Page();
    }
}
