using Folio.Features.Identity;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Folio.Features.Sites;

/// <summary>The site's address and reading settings. Administrators only.</summary>
[SitePage]
[Authorize(Policy = SitePolicies.Administrator)]
public sealed class SettingsModel(CurrentSite currentSite, UpdateSiteSettingsHandler update, IOptions<FolioOptions> options) : PageModel
{
    [BindProperty] public string? CustomDomain { get; set; }
    [BindProperty] public int PostsPerPage { get; set; }
    [BindProperty] public CommentModeration CommentModeration { get; set; }
    [BindProperty] public int CommentThreadDepth { get; set; }
    [BindProperty] public int CommentLinkLimit { get; set; }
    [BindProperty] public string ModerationWords { get; set; } = "";
    [BindProperty] public string BlocklistWords { get; set; } = "";
    [BindProperty] public int? CloseCommentsAfterDays { get; set; }
    [BindProperty] public bool LikesEnabled { get; set; } = true;
    [BindProperty] public string? AttributionText { get; set; }
    public bool Saved { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string SubdomainHost => $"{currentSite.Required.Slug}.{options.Value.RootDomain}";

    public void OnGet(string? saved)
    {
        CustomDomain = currentSite.Required.CustomDomain;
        PostsPerPage = currentSite.Required.PostsPerPage;
        CommentModeration = currentSite.Required.CommentModeration;
        CommentThreadDepth = currentSite.Required.CommentThreadDepth;
        CommentLinkLimit = currentSite.Required.CommentLinkLimit;
        ModerationWords = currentSite.Required.ModerationWords;
        BlocklistWords = currentSite.Required.BlocklistWords;
        CloseCommentsAfterDays = currentSite.Required.CloseCommentsAfterDays;
        LikesEnabled = currentSite.Required.LikesEnabled;
        AttributionText = currentSite.Required.AttributionText;
        Saved = saved is not null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var problem = await update.HandleAsync(new UpdateSiteSettings(CustomDomain, PostsPerPage, CommentModeration, CommentThreadDepth, CommentLinkLimit,
            ModerationWords, BlocklistWords, CloseCommentsAfterDays, LikesEnabled, AttributionText));
        if (problem is null) return Redirect("/admin/settings/?saved=1");
        Errors = [problem];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
