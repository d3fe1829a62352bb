using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Folio.Features.Sites;
using Folio.Features.WordPress;
using Folio.Infrastructure;

namespace Folio.Features.Posts;

/// <summary>
/// Every listing of a site's posts: the home page, category, tag, author and date archives,
/// and search results, each paginated. The routes are added in <see cref="PostsFeature"/>;
/// the page number is <c>paged</c>, as in WordPress, because Razor Pages owns <c>page</c>.
/// </summary>
[SitePage]
[OutputCache(PolicyName = SitePageCachePolicy.Name)]
public sealed class ListingModel(PostQueries posts, OldLinks oldLinks, CurrentSite currentSite) : PageModel
{
    public PostListView List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(
        int paged = 1, string? category = null, string? tag = null, string? author = null,
        int? year = null, int? month = null, int? day = null, [FromQuery(Name = "s")] string? search = null)
    {
        var request = new PostListRequest
        {
            Page = paged,
            CategorySlug = category,
            TagSlug = tag,
            AuthorName = author,
            Year = year,
            Month = month,
            Day = day,
            Search = string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
        };
        var list = await posts.ListAsync(request, currentSite.Required.PostsPerPage, HttpContext.RequestAborted);
        // A WordPress author's archive, /author/{login}/, leads to the member who writes their posts now.
        if (list is null && author is not null && await oldLinks.AuthorPathAsync(author, HttpContext.RequestAborted) is { } moved)
            return RedirectPermanent(paged > 1 ? $"{moved}page/{paged}/" : moved);
        if (list is null || paged > list.TotalPages) return NotFound();
        // A listing shows each post's comment count: a change to any of them evicts it too.
        if (HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags is { } tags)
            foreach (var post in list.Posts) tags.Add(CacheTags.Post(post.Id));
        List = list;
        return Page();
    }
}
