using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Admin;

/// <summary>The dashboard's list of posts (at <c>/admin/</c>) or static pages (at <c>/admin/pages/</c>), and their Trash.</summary>
[SitePage]
[Authorize(Policy = SitePolicies.Member)]
public sealed class PostListModel(AdminPostQueries queries, FolioDbContext db, SiteAccess access, DashboardAttention attention, Localizer T) : PageModel
{
    public PostKind Kind { get; private set; }
    public PostStatus? Status { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    public AdminPostList List { get; private set; } = null!;

    /// <summary>The post just moved to the Trash, for "moved to the Trash. Undo".</summary>
    public (long Id, string Title)? Trashed { get; private set; }
    public string? Notice { get; private set; }

    /// <summary>What waits for an editor, above the posts when the dashboard opens (its home); null elsewhere and for authors.</summary>
    public AttentionView? Attention { get; private set; }
    private (SiteRole Role, long AccountId) person;

    /// <summary>Whether the row gets Restore and Delete permanently: only what the person may bin is offered.</summary>
    public bool MayTrash(AdminPostRow row) => PostPermissions.MayTrash(person.Role, person.AccountId, Kind, row.AuthorId, row.Status);

    public async Task OnGetAsync(string? status, long? trashed, string? deleted, int? emptied, int paged = 1)
    {
        Kind = KindOfPath();
        person = ((await access.RoleAsync())!.Value, access.AccountId!.Value);
        Status = Enum.TryParse<PostStatus>(status, ignoreCase: true, out var parsed) ? parsed : null;
        List = await queries.ListAsync(Kind, Status, Search, paged, HttpContext.RequestAborted);
        if (Kind == PostKind.Post && Status is null && string.IsNullOrEmpty(Search) && paged == 1 && person.Role <= SiteRole.Editor)
            Attention = await attention.ForSiteAsync(HttpContext.RequestAborted);
        if (trashed is { } id)
        {
            var title = await db.Posts.Where(p => p.Id == id && p.Status == PostStatus.Trash).Select(p => p.Title).FirstOrDefaultAsync(HttpContext.RequestAborted);
            if (title is not null) Trashed = (id, title.Length > 0 ? title : T["(no title)"]);
        }
        var pages = Kind == PostKind.Page;
        Notice = deleted is not null ? (pages ? T["The page was deleted permanently."] : T["The post was deleted permanently."]).Value
            : emptied is { } count ? (pages
                ? T.Plural(count, "The Trash is empty: {0:N0} page deleted permanently.", "The Trash is empty: {0:N0} pages deleted permanently.")
                : T.Plural(count, "The Trash is empty: {0:N0} post deleted permanently.", "The Trash is empty: {0:N0} posts deleted permanently.")).Value
            : null;
    }

    /// <summary>
    /// "Empty Trash": deletes for good every post of this list's kind in the Trash that the person
    /// may delete (editors everyone's, others their own).
    /// </summary>
    public async Task<IActionResult> OnPostEmptyTrashAsync()
    {
        var kind = KindOfPath();
        var role = (await access.RoleAsync())!.Value;
        var accountId = access.AccountId!.Value;
        if (kind == PostKind.Page && role > SiteRole.Editor) return Forbid();
        var trashed = db.Posts.Where(p => p.Kind == kind && p.Status == PostStatus.Trash);
        if (role > SiteRole.Editor) trashed = trashed.Where(p => p.AuthorId == accountId);
        // Nothing in the Trash is on a public page, so no page needs evicting.
        var deleted = await db.DeleteForGoodAsync(trashed, HttpContext.RequestAborted);
        return Redirect($"{AdminPaths.List(kind)}?status=trash&emptied={deleted}");
    }

    private PostKind KindOfPath() => Request.Path.StartsWithSegments("/admin/pages") ? PostKind.Page : PostKind.Post;
}
