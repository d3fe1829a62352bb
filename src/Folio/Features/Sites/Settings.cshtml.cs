using Folio.Features.Identity;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Folio.Features.Sites;

/// <summary>The site's address and reading settings. Administrators only.</summary>
[SitePage]
[Authorize(Policy = SitePolicies.Administrator)]
public sealed class SettingsModel(
    CurrentSite currentSite, UpdateSiteSettingsHandler update, VerifyCustomDomainHandler verifyDomain, Catalogues catalogues, IOptions<FolioOptions> options) : PageModel
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
    [BindProperty] public string? Language { get; set; }

    /// <summary>The languages a site can be shown in.</summary>
    public IReadOnlyList<Language> Languages => catalogues.Languages;
    /// <summary>The chosen zone's IANA name; null (a client that sends no such field) keeps the site's.</summary>
    [BindProperty] public string? TimeZone { get; set; }
    /// <summary>The visibility's name as the form sends it; null (a client that sends no such field) keeps the site's.</summary>
    [BindProperty] public string? Visibility { get; set; }
    public bool Saved { get; private set; }
    public bool DomainVerified { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string SubdomainHost => $"{currentSite.Required.Slug}.{options.Value.RootDomain}";

    /// <summary>The settings as saved, for the custom domain's verification state (the form may hold unsaved input).</summary>
    public SiteView Site => currentSite.Required;

    public void OnGet(string? saved, string? verified)
    {
        Load();
        Saved = saved is not null;
        DomainVerified = verified is not null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var problem = await update.HandleAsync(new UpdateSiteSettings(CustomDomain, PostsPerPage, CommentModeration, CommentThreadDepth, CommentLinkLimit,
            ModerationWords, BlocklistWords, CloseCommentsAfterDays, LikesEnabled, AttributionText, Language, TimeZone, Visibility));
        return problem is null ? Redirect("/admin/settings/?saved=1") : Refused(problem, reload: false);
    }

    /// <summary>"Check now": fetches the custom domain's verification URL.</summary>
    public async Task<IActionResult> OnPostCheckDomainAsync()
    {
        var problem = await verifyDomain.HandleAsync(HttpContext.RequestAborted);
        return problem is null ? Redirect("/admin/settings/?verified=1") : Refused(problem, reload: true);
    }

    /// <summary>Shows the form again with the problem; <paramref name="reload"/> when the request posted no settings to show back.</summary>
    private PageResult Refused(string problem, bool reload)
    {
        if (reload) Load();
        Errors = [problem];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private void Load()
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
        Language = currentSite.Required.Language;
        TimeZone = currentSite.Required.TimeZone;
        Visibility = currentSite.Required.Visibility.ToString();
    }
}
