using Folio.Features.Identity;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Sites;

/// <summary>
/// <c>/admin/settings/delete/</c>: "Delete site", for administrators. The site's address must be
/// typed to confirm (a click alone could be a mistake); the site goes offline at once and can be
/// restored here for <see cref="SiteDeletion.GracePeriod"/>.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Administrator)]
[RequestSizeLimit(16_384)]
public sealed class DeleteSiteModel(CurrentSite currentSite, SiteDirectory directory, SiteDeletion deletion, Localizer T) : PageModel
{
    [BindProperty] public string Confirmation { get; set; } = "";

    /// <summary>What must be typed to confirm: the address readers know the site by.</summary>
    public string Address => directory.HostOf(currentSite.Required);
    /// <summary>When the site will be removed for good, in the site's time, if it is deleted.</summary>
    public DateTime? RemovedOn => currentSite.Required.DeleteAfter is { } utc ? currentSite.Required.Clock.ToLocal(utc) : null;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }

    public void OnGet(bool restored) => Notice = restored ? T["The site is back online."].Value : null;

    public async Task<IActionResult> OnPostAsync()
    {
        if (currentSite.Required.DeleteAfter is not null) return Redirect("/admin/settings/delete/");
        if (!string.Equals(Confirmation.Trim(), Address, StringComparison.OrdinalIgnoreCase))
        {
            Errors = [T["To delete the site, type its address, {0}, exactly.", Address]];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        await deletion.ScheduleAsync(currentSite.Required.Id, HttpContext.RequestAborted);
        return Redirect("/admin/settings/delete/");
    }

    public async Task<IActionResult> OnPostRestoreAsync()
    {
        if (currentSite.Required.DeleteAfter is not null) await deletion.RestoreAsync(currentSite.Required.Id, HttpContext.RequestAborted);
        return Redirect("/admin/settings/delete/?restored=true");
    }
}
