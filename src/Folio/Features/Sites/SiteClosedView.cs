using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Folio.Features.Sites;

/// <summary>
/// What someone who may not read a site sees instead: its holding page, that it is private, or
/// that it was deleted (<see cref="DeletedSiteGate"/>), all one page (SiteClosed.cshtml).
/// </summary>
/// <param name="Site">The site, for its title, tagline and look.</param>
/// <param name="Status">200 for the coming-soon page, 403 for a private site (or a form sent to a closed one), 410 for a deleted one.</param>
/// <param name="SignedIn">The stranger is logged in, with an account that is neither a member nor an invited reader.</param>
/// <param name="LoginPath">Where a member logs in and comes back to the address they asked for.</param>
public sealed record SiteClosedView(SiteView Site, int Status, bool SignedIn, string LoginPath)
{
    public const string ViewPath = "/Features/Sites/SiteClosed.cshtml";

    public bool ComingSoon => Deleted is null && Site.Visibility == SiteVisibility.ComingSoon;

    /// <summary>Set when the site was deleted: what its members are told.</summary>
    public DeletedSiteNotice? Deleted { get; init; }

    /// <summary>A deleted site: the page of that, which offers no way to log in (the dashboard and log-in stay open to members).</summary>
    public static SiteClosedView ForDeleted(SiteView site, DateTime deleteAfter, SiteRole? role) =>
        new(site, StatusCodes.Status410Gone, SignedIn: false, LoginPath: "") { Deleted = new DeletedSiteNotice(deleteAfter, role) };

    /// <summary>Answers the request with this page, from a middleware (no endpoint has run).</summary>
    public Task WriteAsync(HttpContext context)
    {
        var result = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = Status,
            ViewData = new ViewDataDictionary<SiteClosedView>(context.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary()) { Model = this },
        };
        return result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}

/// <summary>What a deleted site's page tells the one asking.</summary>
/// <param name="DeleteAfter">When the site will be removed for good (UTC).</param>
/// <param name="Role">The one asking's role on the site: a member is told when, an administrator also where to restore it; null for anyone else.</param>
public sealed record DeletedSiteNotice(DateTime DeleteAfter, SiteRole? Role);
