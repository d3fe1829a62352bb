using Folio.Data;
using Folio.Features.Curation;
using Folio.Features.Identity;
using Folio.Features.Media;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Admin;

/// <summary>
/// The editor of a post or page: write, preview, save, publish, schedule, unpublish. Works as
/// a plain form; editor.js adds in-place preview and autosave.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Member)]
[RequestBodyLimit(MaxRequestBytes, "This post is larger than 4 MB, more than Folio takes in one save. Nothing was saved: please go back, move pictures to the media library or split the post, and save again.")]
public sealed class EditorModel(FolioDbContext db, CurrentSite currentSite, SiteAccess access, EditPostHandler editPost, MediaQueries media, TimeProvider clock, Localizer T) : PageModel
{
    /// <summary>A long post with its HTML and the form's other fields; pictures go to the media library, not into the body.</summary>
    public const long MaxRequestBytes = 4 * 1024 * 1024;

    [BindProperty] public EditorInput Input { get; set; } = new();

    public long? PostId { get; private set; }
    public PostStatus Status { get; private set; }
    public string? PublicPath { get; private set; }
    public int RevisionCount { get; private set; }
    public PostRevision? NewerAutosave { get; private set; }
    public bool CanPublish { get; private set; }
    public bool CanStick { get; private set; }
    public bool CanTrash { get; private set; }
    public string? PreviewHtml { get; private set; }
    public IReadOnlyList<MediaItem> Images { get; private set; } = [];

    /// <summary>For a page: the other pages it may sit under, by title.</summary>
    public IReadOnlyList<PageChoice> ParentChoices { get; private set; } = [];
    public string? Notice { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The site's clock, which the publish time is typed and shown on.</summary>
    public SiteClock SiteClock => currentSite.Required.Clock;

    /// <summary>The address of an article to repost, as typed into "Repost from a URL".</summary>
    public string? RepostUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? id, string? kind, string? saved, string? restored, string? repost, [FromServices] RepostFromUrlHandler reposts)
    {
        if (id is null)
        {
            Input.Kind = kind == "page" ? PostKind.Page : PostKind.Post;
            if (!string.IsNullOrWhiteSpace(repost)) await FillFromArticleAsync(repost, reposts);
            return await ShowAsync(null);
        }
        var post = await db.Posts.AsNoTracking().Include(p => p.Categories).ThenInclude(c => c.Category)
            .Include(p => p.Tags).ThenInclude(t => t.Tag).FirstOrDefaultAsync(p => p.Id == id);
        if (post is null) return NotFound();
        if (!PostPermissions.CanOpen((await access.RoleAsync())!.Value, access.AccountId!.Value, post.AuthorId)) return Forbid();
        Input = EditorInput.From(post, currentSite.Required.Clock);
        Input.CustomFields = await db.PostCustomFields.AsNoTracking().Where(f => f.PostId == post.Id).OrderBy(f => f.Id)
            .Select(f => new CustomFieldRow { Key = f.Key, Value = f.Value }).ToListAsync();
        Notice = saved is not null ? SavedNotice(post.Status, post.Kind)
            : restored is not null ? (post.Kind == PostKind.Page ? T["Page restored from the Trash as a draft."] : T["Post restored from the Trash as a draft."]).Value
            : null;
        return await ShowAsync(post);
    }

    public async Task<IActionResult> OnPostAsync(long? id, EditorAction? action)
    {
        if (Request.Form["action"] == "Preview")
        {
            try
            {
                PreviewHtml = PostBodyRenderer.ToSafeHtml(Input.Body, Input.BodyFormat);
            }
            catch (MarkupRefusedException)
            {
                Errors = [MarkupLimits.Refusal(T)];
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
            return await ShowAsync(id is null ? null : await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id));
        }
        var role = (await access.RoleAsync())!.Value;
        var result = await editPost.HandleAsync(id, Input, action ?? EditorAction.Save, access.AccountId!.Value, role, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync(id is null ? null : await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id));
        }
        return Redirect($"/admin/posts/{result.PostId}/?saved=1");
    }

    /// <summary>"Move to Trash": off the site at once, restorable from the list's Trash.</summary>
    public Task<IActionResult> OnPostTrashAsync(long id, [FromServices] TrashPostHandler trash) =>
        WithTrashPermissionAsync(id, async post =>
        {
            await trash.MoveToTrashAsync(post.Id, HttpContext.RequestAborted);
            return Redirect($"{AdminPaths.List(post.Kind)}?trashed={post.Id}");
        });

    /// <summary>Back from the Trash, as a draft.</summary>
    public Task<IActionResult> OnPostRestoreAsync(long id, [FromServices] TrashPostHandler trash) =>
        WithTrashPermissionAsync(id, async post =>
        {
            // A second "Undo" finds the post restored already: the editor then says nothing of it.
            var restored = await trash.RestoreAsync(post.Id, HttpContext.RequestAborted);
            return Redirect($"/admin/posts/{post.Id}/{(restored ? "?restored=1" : "")}");
        });

    /// <summary>"Delete permanently": only from the Trash, so nothing is deleted by one slip.</summary>
    public Task<IActionResult> OnPostDeleteAsync(long id, [FromServices] DeletePostHandler delete) =>
        WithTrashPermissionAsync(id, async post =>
        {
            if (post.Status != PostStatus.Trash) return BadRequest("Move the post to the Trash first; it is deleted for good from there.");
            await delete.HandleAsync(post.Id, HttpContext.RequestAborted);
            return Redirect($"{AdminPaths.List(post.Kind)}?status=trash&deleted=1");
        });

    private async Task<IActionResult> WithTrashPermissionAsync(long id, Func<Post, Task<IActionResult>> act)
    {
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (post is null) return NotFound();
        var role = (await access.RoleAsync())!.Value;
        if (!PostPermissions.MayTrash(role, access.AccountId!.Value, post.Kind, post.AuthorId, post.Status)) return Forbid();
        return await act(post);
    }

    /// <summary>Proposes a repost of the article: its title, a quotation, and the credit to its original.</summary>
    private async Task FillFromArticleAsync(string address, RepostFromUrlHandler reposts)
    {
        RepostUrl = address;
        var draft = await reposts.HandleAsync(address, HttpContext.RequestAborted);
        if (draft.Error is { } error)
        {
            Errors = [error];
            return;
        }
        Input.Title = draft.Title ?? "";
        Input.Body = draft.Body ?? "";
        Input.OriginalUrl = draft.OriginalUrl;
        Input.SourceName = draft.SourceName;
        Input.OriginalAuthor = draft.OriginalAuthor;
        Input.CanonicalToOriginal = true;
    }

    /// <summary>In-place preview for editor.js: the body as it will be published.</summary>
    public IActionResult OnPostPreview()
    {
        try
        {
            return Content(PostBodyRenderer.ToSafeHtml(Input.Body, Input.BodyFormat), "text/html; charset=utf-8");
        }
        catch (MarkupRefusedException)
        {
            return new ContentResult { StatusCode = StatusCodes.Status422UnprocessableEntity, Content = MarkupLimits.Refusal(T), ContentType = "text/plain; charset=utf-8" };
        }
    }

    /// <summary>Autosave for editor.js: keeps the unsaved words as this person's autosave of the post.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(long id)
    {
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        var accountId = access.AccountId!.Value;
        if (post is null) return NotFound();
        if (!PostPermissions.CanOpen((await access.RoleAsync())!.Value, accountId, post.AuthorId)) return Forbid();
        var autosave = await db.PostRevisions.FirstOrDefaultAsync(r => r.PostId == id && r.IsAutosave && r.AuthorId == accountId)
            ?? db.PostRevisions.Add(new PostRevision { PostId = id, AuthorId = accountId, IsAutosave = true }).Entity;
        autosave.Title = Input.Title;
        autosave.Body = Input.Body;
        autosave.BodyFormat = Input.BodyFormat;
        autosave.Excerpt = Input.Excerpt ?? "";
        autosave.CreatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return new JsonResult(new { saved = autosave.CreatedAt });
    }

    private async Task<IActionResult> ShowAsync(Post? post)
    {
        var role = (await access.RoleAsync())!.Value;
        CanPublish = role <= SiteRole.Author;
        CanTrash = post is not null && PostPermissions.MayTrash(role, access.AccountId!.Value, post.Kind, post.AuthorId, post.Status);
        CanStick = PostPermissions.MayStick(role);
        Images = await media.LibraryAsync(HttpContext.RequestAborted);
        if ((post?.Kind ?? Input.Kind) == PostKind.Page)
            ParentChoices = await db.Posts.AsNoTracking().Where(p => p.Kind == PostKind.Page && p.Status != PostStatus.Trash && p.Id != (post == null ? 0 : post.Id))
                .OrderBy(p => p.Title).Select(p => new PageChoice(p.Id, p.Title)).ToListAsync();
        if (post is null) return Page();

        PostId = post.Id;
        Status = post.Status;
        PublicPath = post.Status == PostStatus.Published && post.PublishedLocal is { } at
            ? PostPaths.Of(post.Kind, at, post.Slug)
            : null;
        RevisionCount = await db.PostRevisions.CountAsync(r => r.PostId == post.Id && !r.IsAutosave);
        var accountId = access.AccountId!.Value;
        NewerAutosave = await db.PostRevisions.AsNoTracking()
            .Where(r => r.PostId == post.Id && r.IsAutosave && r.AuthorId == accountId && r.CreatedAt > post.UpdatedAt)
            .FirstOrDefaultAsync();
        return Page();
    }

    private string SavedNotice(PostStatus status, PostKind kind) => (status, kind) switch
    {
        (PostStatus.Published, PostKind.Page) => T["Page published."],
        (PostStatus.Published, _) => T["Post published."],
        (PostStatus.Scheduled, PostKind.Page) => T["Page scheduled."],
        (PostStatus.Scheduled, _) => T["Post scheduled."],
        (_, PostKind.Page) => T["Page saved as a draft."],
        (_, _) => T["Post saved as a draft."],
    };
}

/// <summary>A page the editor offers as a parent.</summary>
public sealed record PageChoice(long Id, string Title);
