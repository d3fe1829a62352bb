using Folio.Features.Errors;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Shared;

/// <summary>
/// The 404 page on every host; the status-code middleware re-executes it for any error answered
/// without a body, so it speaks of the host kind: a site's missing page, or a host with no site
/// at all, and names another error for what it is. A JSON address gets WordPress's JSON error instead.
/// </summary>
public sealed class NotFoundModel(CurrentSite currentSite) : PageModel
{
    public HostKind Kind => currentSite.Kind;
    public string Host => Request.Host.Host;

    /// <summary>The error's status, kept as it was: a 400 or a 405 that left no body is not turned into a 404.</summary>
    public int Status { get; private set; } = StatusCodes.Status404NotFound;

    public async Task<IActionResult> OnGetAsync()
    {
        var failed = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (failed is not null && JsonErrors.AreWantedAt(failed.OriginalPath))
        {
            await JsonErrors.ForStatus(failed.OriginalStatusCode).ExecuteAsync(HttpContext);
            return new EmptyResult();
        }
        Status = failed?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        return Page();
    }
}
