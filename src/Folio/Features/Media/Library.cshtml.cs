using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Folio.Features.Media;

/// <summary>
/// The site's media library at <c>/admin/media/</c>: every member sees it; authors and above
/// upload; editors and administrators change any item, authors their own.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Member)]
public sealed class LibraryModel(MediaQueries queries, SiteAccess access, IOptions<MediaOptions> options, Localizer T) : PageModel
{
    [BindProperty] public IFormFile? ImageFile { get; set; }
    [BindProperty] public string? AltText { get; set; }

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }
    public bool MayUpload { get; private set; }
    public long MaxUploadBytes => options.Value.MaxUploadBytes;
    private SiteRole? role;

    public bool MayChange(MediaItem item) => MediaPermissions.MayChange(role, access.AccountId, item);

    public async Task OnGetAsync(bool uploaded, bool deleted, bool saved)
    {
        await LoadAsync();
        Notice = uploaded ? T["Image uploaded."] : deleted ? T["Image deleted."] : saved ? T["Alt text saved."].Value : null;
    }

    public async Task<IActionResult> OnPostUploadAsync([FromServices] UploadMediaHandler upload)
    {
        if (ImageFile is null) return await RefusedAsync(MediaRefusal.Invalid(T["Please choose an image file to upload."]));
        await using var content = ImageFile.OpenReadStream();
        var result = await upload.HandleAsync(new UploadMedia(ImageFile.FileName, content, AltText ?? ""), HttpContext.RequestAborted);
        return result.Item is { } item ? Redirect($"/admin/media/?uploaded=true#media-{item.Id}") : await RefusedAsync(result.Refusal!);
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, [FromServices] DeleteMediaHandler delete)
    {
        var result = await delete.HandleAsync(new DeleteMedia(id), HttpContext.RequestAborted);
        return result.Refusal is null ? Redirect("/admin/media/?deleted=true") : await RefusedAsync(result.Refusal);
    }

    /// <summary>Each item's form names its field <c>newAltText</c>, so a refused change never fills the upload form.</summary>
    public async Task<IActionResult> OnPostAltTextAsync(long id, string? newAltText, [FromServices] ChangeAltTextHandler changeAltText)
    {
        var result = await changeAltText.HandleAsync(new ChangeAltText(id, newAltText ?? ""), HttpContext.RequestAborted);
        return result.Refusal is null ? Redirect($"/admin/media/?saved=true#media-{id}") : await RefusedAsync(result.Refusal);
    }

    /// <summary>The library again, with the refusal above it and the status that matches.</summary>
    private async Task<IActionResult> RefusedAsync(MediaRefusal refusal)
    {
        await LoadAsync();
        Errors = [refusal.Message];
        Response.StatusCode = refusal.StatusCode;
        return Page();
    }

    private async Task LoadAsync()
    {
        role = await access.RoleAsync(HttpContext.RequestAborted);
        MayUpload = MediaPermissions.MayUpload(role);
        Items = await queries.LibraryAsync(HttpContext.RequestAborted);
    }
}
