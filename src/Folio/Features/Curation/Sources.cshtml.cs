using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Curation;

/// <summary>
/// The site's sources at <c>/admin/sources/</c> (editors and administrators): add one by address
/// or a whole OPML list, see each one's health, fetch one now, or stop following it.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Editor)]
public sealed class SourcesModel(CurationQueries queries) : PageModel
{
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public ImportMode Mode { get; set; }
    [BindProperty] public IFormFile? OpmlFile { get; set; }

    public IReadOnlyList<Source> Sources { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<string> Notices { get; private set; } = [];

    public async Task OnGetAsync(long? added, long? fetched, bool deleted)
    {
        await LoadAsync();
        var source = Sources.FirstOrDefault(s => s.Id == (added ?? fetched));
        Notices = source is null ? (deleted ? ["Source deleted. The posts it made stay."] : [])
            : added is not null ? [$"Added {source.Name}. Its articles are fetched within a minute, or now with \"Fetch now\"."]
            : [$"Fetched {source.Name}: {(source.LastError is { } error ? $"failed: {error}" : source.LastResult)}."];
    }

    public async Task<IActionResult> OnPostAddAsync([FromServices] AddSourceHandler add)
    {
        var result = await add.HandleAsync(new AddSource(Address ?? "", Mode), HttpContext.RequestAborted);
        return result.Source is { } source ? Redirect($"/admin/sources/?added={source.Id}") : await RefusedAsync([result.Error!]);
    }

    public async Task<IActionResult> OnPostImportAsync([FromServices] ImportOpmlHandler import)
    {
        if (OpmlFile is null) return await RefusedAsync(["Choose an OPML file to upload."]);
        using var content = new MemoryStream();
        await OpmlFile.CopyToAsync(content, HttpContext.RequestAborted);
        var result = await import.HandleAsync(new ImportOpml(content.ToArray(), Mode), HttpContext.RequestAborted);
        if (result.Error is { } error) return await RefusedAsync([error]);
        await LoadAsync();
        Notices = [$"Added {result.Added.Count} source(s), skipped {result.Skipped.Count}.", .. result.Skipped.Select(line => $"Skipped {line}.")];
        return Page();
    }

    public async Task<IActionResult> OnPostFetchAsync(long id, [FromServices] FetchSourceHandler fetch)
    {
        var result = await fetch.HandleAsync(id, null, HttpContext.RequestAborted);
        return !result.Found ? await RefusedAsync([result.Error!]) : Redirect($"/admin/sources/?fetched={id}#source-{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, [FromServices] DeleteSourceHandler delete) =>
        await delete.HandleAsync(id, HttpContext.RequestAborted) ? Redirect("/admin/sources/?deleted=true") : await RefusedAsync(["That source does not exist on this site."]);

    private async Task<IActionResult> RefusedAsync(IReadOnlyList<string> errors)
    {
        await LoadAsync();
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync() => Sources = await queries.SourcesAsync(HttpContext.RequestAborted);
}
