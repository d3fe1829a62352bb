using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Themes;

/// <summary>
/// The site's home page wearing an unsaved design, for the customiser's preview frame. Only the
/// site's administrators see it, and it is never stored by any cache: unlike the public pages it
/// has no output-cache policy, and it tells browsers and proxies not to keep it.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Administrator)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PreviewModel(UpdateSiteDesignHandler updateDesign, PostQueries posts, CurrentSite currentSite) : PageModel
{
    public const string Path = "/admin/customize/preview/";

    public PostListView List { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The preview of a design; its query names are the customiser's field names, so a form serialises to it.</summary>
    public static string UrlFor(UpdateSiteDesign design) => Path + new QueryBuilder
    {
        { "title", design.Title ?? "" },
        { "tagline", design.Tagline ?? "" },
        { "theme", design.Theme ?? "" },
        { "accentColor", design.AccentColor ?? "" },
        { "headerImageUrl", design.HeaderImageUrl ?? "" },
        { "iconUrl", design.IconUrl ?? "" },
    };

    public async Task OnGetAsync([FromQuery] UpdateSiteDesign design)
    {
        // The customiser shows this page in a frame; no other page is framed.
        SecurityHeaders.LetOwnSiteFrame(Response);
        var check = await updateDesign.CheckAsync(design, HttpContext.RequestAborted);
        Errors = check.Errors;
        // From here on this request acts for the site as it would be: the site layout, the banner
        // and the listing all read the unsaved settings. The site (and so its data) is the same.
        currentSite.Use(check.Design);
        List = (await posts.ListAsync(new PostListRequest(), check.Design.PostsPerPage, HttpContext.RequestAborted))!;
    }
}
