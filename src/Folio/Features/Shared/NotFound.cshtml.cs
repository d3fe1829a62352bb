using Folio.Features.Sites;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Shared;

/// <summary>
/// The 404 page on every host; the status-code middleware re-executes it for any 404, so it
/// speaks of the host kind: a site's missing page, or a host with no site at all.
/// </summary>
public sealed class NotFoundModel(CurrentSite currentSite) : PageModel
{
    public HostKind Kind => currentSite.Kind;
    public string Host => Request.Host.Host;

    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
