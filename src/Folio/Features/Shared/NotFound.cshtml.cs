using Folio.Features.Errors;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Shared;

/// <summary>
/// The 404 page on every host; the status-code middleware re-executes it for any error answered
/// without a body, so it speaks of the host kind: a site's missing page, or a host with no site
/// at all. A JSON address gets WordPress's JSON error instead.
/// </summary>
public sealed class NotFoundModel(CurrentSite currentSite) : PageModel
{
    public HostKind Kind => currentSite.Kind;
    public string Host => Request.Host.Host;

    public async Task<IActionResult> OnGetAsync()
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } failed && JsonErrors.AreWantedAt(failed.OriginalPath))
        {
            await JsonErrors.ForStatus(failed.OriginalStatusCode).ExecuteAsync(HttpContext);
            return new EmptyResult();
        }
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
