using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Curation;

/// <summary>One source at <c>/admin/sources/{id}/</c>: its import rules, to change, and its log of recent items with what became of each.</summary>
[SitePage]
[Authorize(Policy = SitePolicies.Editor)]
public sealed class SourceDetailModel(CurationQueries queries, Localizer T) : PageModel
{
    private const int LogLength = 50;

    [BindProperty] public SourceRules Rules { get; set; } = new();

    public Source Source { get; private set; } = null!;
    public IReadOnlyList<SourceItem> Log { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    /// <summary>What became of an item, in the person's language.</summary>
    public string OutcomeName(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.Imported => T.InContext("item outcome", "Imported"),
        ItemOutcome.Duplicate => T["Duplicate"],
        ItemOutcome.Filtered => T["Filtered"],
        ItemOutcome.TooOld => T["TooOld"],
        _ => T["Failed"],
    };

    public async Task<IActionResult> OnGetAsync(long id, bool saved)
    {
        if (!await LoadAsync(id)) return NotFound();
        Rules = SourceRules.From(Source);
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, [FromServices] EditSourceHandler edit)
    {
        var errors = await edit.HandleAsync(new EditSource(id, Rules), HttpContext.RequestAborted);
        if (errors.Count == 0) return Redirect($"/admin/sources/{id}/?saved=true");
        if (!await LoadAsync(id)) return NotFound();
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(long id)
    {
        if (await queries.SourceAsync(id, HttpContext.RequestAborted) is not { } source) return false;
        Source = source;
        Log = await queries.RecentItemsAsync(id, LogLength, HttpContext.RequestAborted);
        return true;
    }
}
