using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Admin;

/// <summary>The dashboard's list of posts (at <c>/admin/</c>) or static pages (at <c>/admin/pages/</c>).</summary>
[SitePage]
[Authorize(Policy = SitePolicies.Member)]
public sealed class PostListModel(AdminPostQueries queries) : PageModel
{
    public PostKind Kind { get; private set; }
    public PostStatus? Status { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    public AdminPostList List { get; private set; } = null!;

    public async Task OnGetAsync(string? status, int paged = 1)
    {
        Kind = Request.Path.StartsWithSegments("/admin/pages") ? PostKind.Page : PostKind.Post;
        Status = Enum.TryParse<PostStatus>(status, ignoreCase: true, out var parsed) ? parsed : null;
        List = await queries.ListAsync(Kind, Status, Search, paged, HttpContext.RequestAborted);
    }
}
