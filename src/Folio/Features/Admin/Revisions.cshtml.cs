using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Admin;

/// <summary>Earlier versions of a post's words, newest first, each restorable.</summary>
[SitePage]
[Authorize(Policy = SitePolicies.Member)]
public sealed class RevisionsModel(FolioDbContext db, CurrentSite currentSite, SiteAccess access, EditPostHandler editPost) : PageModel
{
    public sealed record RevisionRow(long Id, string Title, string Body, bool IsAutosave, DateTime CreatedAt, string AuthorName);

    public long PostId { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<RevisionRow> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var post = await OpenAsync(id);
        if (post is null) return NotFound();
        PostId = post.Id;
        Title = post.Title;
        Revisions = await db.PostRevisions.AsNoTracking().Where(r => r.PostId == id)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Join(db.Users, r => r.AuthorId, a => a.Id, (r, a) => new RevisionRow(r.Id, r.Title, r.Body, r.IsAutosave, r.CreatedAt, a.DisplayName))
            .ToListAsync();
        return Page();
    }

    /// <summary>Puts the revision's words back into the post, keeping its status (and the current words as a revision).</summary>
    public async Task<IActionResult> OnPostRestoreAsync(long id, long revision)
    {
        var post = await OpenAsync(id);
        var restored = await db.PostRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revision && r.PostId == id);
        if (post is null || restored is null) return NotFound();

        var input = EditorInput.From(post, currentSite.Required.Clock);
        input.Title = restored.Title;
        input.Body = restored.Body;
        input.BodyFormat = restored.BodyFormat;
        // A revision's summary made from its words is made again from them; only one written by hand comes back.
        input.Excerpt = PostExcerpts.HandWritten(restored.Excerpt, PostBodyRenderer.ToSafeHtml(restored.Body, restored.BodyFormat));
        var result = await editPost.HandleAsync(id, input, EditorAction.Save, access.AccountId!.Value, (await access.RoleAsync())!.Value, HttpContext.RequestAborted);
        if (!result.Succeeded) return BadRequest(string.Join(" ", result.Errors));
        return Redirect($"/admin/posts/{id}/?saved=1");
    }

    private async Task<Post?> OpenAsync(long id)
    {
        var post = await db.Posts.AsNoTracking().Include(p => p.Categories).ThenInclude(c => c.Category)
            .Include(p => p.Tags).ThenInclude(t => t.Tag).FirstOrDefaultAsync(p => p.Id == id);
        return post is not null && PostPermissions.CanOpen((await access.RoleAsync())!.Value, access.AccountId!.Value, post.AuthorId) ? post : null;
    }
}
