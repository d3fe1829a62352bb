using Folio.Features.Sites;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Errors;

/// <summary>
/// "Something went wrong": the page the exception handler runs for a failed request, in the
/// site's look on a site and the platform's elsewhere, with the request id that the failure
/// was logged under (<see cref="FailedRequests"/>). It never shows the exception.
/// </summary>
public sealed class ServerErrorModel(CurrentSite currentSite) : PageModel
{
    public HostKind Kind => currentSite.Kind;
    public string RequestId => HttpContext.TraceIdentifier;

    /// <summary>The status stays the exception handler's 500; a visit to the address itself finds nothing.</summary>
    public IActionResult OnGet() => HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? NotFound() : Page();
}
