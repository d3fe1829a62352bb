using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
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
public sealed class SourcesModel(CurationQueries queries, Localizer T) : PageModel
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
        Notices = source is null ? (deleted ? [T["Source deleted. The posts it made stay."]] : [])
            : added is not null ? [T["Added {0}. Its articles are fetched within a minute, or now with \"Fetch now\".", source.Name]]
            : [T["Fetched {0}: {1}.", source.Name, source.LastError is { } error ? T["failed: {0}", error] : source.LastResult ?? ""]];
    }

    public async Task<IActionResult> OnPostAddAsync([FromServices] AddSourceHandler add)
    {
        var result = await add.HandleAsync(new AddSource(Address ?? "", Mode), HttpContext.RequestAborted);
        return result.Source is { } source ? Redirect($"/admin/sources/?added={source.Id}") : await RefusedAsync([result.Error!]);
    }

    public async Task<IActionResult> OnPostImportAsync([FromServices] ImportOpmlHandler import)
    {
        if (OpmlFile is null) return await RefusedAsync([T["Choose an OPML file to upload."]]);
        using var content = new MemoryStream();
        await OpmlFile.CopyToAsync(content, HttpContext.RequestAborted);
        var result = await import.HandleAsync(new ImportOpml(content.ToArray(), Mode), HttpContext.RequestAborted);
        if (result.Error is { } error) return await RefusedAsync([error]);
        await LoadAsync();
        Notices = [T["Added {0} source(s), skipped {1}.", result.Added.Count, result.Skipped.Count], .. result.Skipped.Select(line => T["Skipped {0}.", line].Value)];
        return Page();
    }

    public async Task<IActionResult> OnPostFetchAsync(long id, [FromServices] FetchSourceHandler fetch)
    {
        var result = await fetch.HandleAsync(id, null, HttpContext.RequestAborted);
        return !result.Found ? await RefusedAsync([T["That source does not exist on this site."]]) : Redirect($"/admin/sources/?fetched={id}#source-{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, [FromServices] DeleteSourceHandler delete) =>
        await delete.HandleAsync(id, HttpContext.RequestAborted) ? Redirect("/admin/sources/?deleted=true") : await RefusedAsync([T["That source does not exist on this site."]]);

    private async Task<IActionResult> RefusedAsync(IReadOnlyList<string> errors)
    {
        await LoadAsync();
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync() => Sources = await queries.SourcesAsync(HttpContext.RequestAborted);
}
