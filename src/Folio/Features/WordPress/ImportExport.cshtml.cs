using Folio.Features.Identity;
using Folio.Features.Media;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.WordPress;

/// <summary>
/// <c>/admin/import/</c> (administrators): upload a WordPress export file and see what was
/// imported, or download the site as one. The import runs within the request, so uploads are
/// capped at <see cref="MaxUploadBytes"/>; larger files go through the command line, which streams
/// them from disk with a progress display.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Administrator)]
[RequestSizeLimit(MaxUploadBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 1024 * 1024)]
public sealed class ImportExportModel(CurrentSite currentSite, SiteAccess access, Localizer T) : PageModel
{
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    [BindProperty] public IFormFile? ExportFile { get; set; }
    [BindProperty] public string? AuthorMap { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<string> Summary { get; private set; } = [];
    public string SiteSlug => currentSite.Required.Slug;
    public static string MaxUploadSize => FileSizes.Readable(MaxUploadBytes);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostImportAsync([FromServices] ImportWxrHandler import)
    {
        if (ExportFile is not { Length: > 0 } upload)
            return Refused(T["Choose the file WordPress's Tools → Export downloaded (an .xml file), then press Import."].Value);
        if (upload.Length > MaxUploadBytes)
            return Refused(T["This file is larger than {0}, the most the dashboard imports at once. Import it on the server's command line instead: {1}", MaxUploadSize, $"dotnet Folio.dll import wxr {SiteSlug} {Path.GetFileName(upload.FileName)}"].Value);

        // The import reads the file twice (a check, then the import), so it goes to disk first.
        var path = Path.Combine(Path.GetTempPath(), $"folio-wxr-{Guid.NewGuid():N}.xml");
        try
        {
            await using (var file = System.IO.File.Create(path))
                await upload.CopyToAsync(file, HttpContext.RequestAborted);
            var map = (AuthorMap ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var result = await import.HandleAsync(new ImportWxr(path, access.AccountId!.Value, map), null, HttpContext.RequestAborted);
            if (result.Summary is not { } summary) return Refused([.. result.Errors]);
            Summary = summary.Lines();
            return Page();
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private PageResult Refused(params string[] errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
