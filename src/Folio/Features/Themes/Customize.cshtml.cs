using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Themes;

/// <summary>
/// The customiser at <c>/admin/customize/</c>: the site's design beside a live preview of its home
/// page. Script refreshes the preview as fields change; without it, "Preview" posts the form back.
/// </summary>
[SitePage]
[Authorize(Policy = SitePolicies.Administrator)]
public sealed class CustomizeModel(UpdateSiteDesignHandler updateDesign, SiteImages siteImages) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Tagline { get; set; }
    [BindProperty] public string? Theme { get; set; }
    [BindProperty] public string? AccentColor { get; set; }
    [BindProperty] public string? HeaderImageUrl { get; set; }
    [BindProperty] public string? IconUrl { get; set; }

    public IReadOnlyList<SiteImageView> Images { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }
    public string PreviewUrl { get; private set; } = "";

    private UpdateSiteDesign Fields => new(Title, Tagline, Theme, AccentColor, HeaderImageUrl, IconUrl);

    public async Task OnGetAsync(bool saved = false)
    {
        (Title, Tagline, Theme, AccentColor, HeaderImageUrl, IconUrl) = await updateDesign.SavedAsync(HttpContext.RequestAborted);
        Saved = saved;
        await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await updateDesign.HandleAsync(Fields, HttpContext.RequestAborted);
        if (result.Succeeded) return Redirect("/admin/customize/?saved=true");
        Errors = result.Errors;
        await ShowAsync();
        return Page();
    }

    /// <summary>The "Preview" button, for browsers without script: the same page, previewing the fields as sent.</summary>
    public async Task OnPostPreviewAsync()
    {
        Errors = (await updateDesign.CheckAsync(Fields, HttpContext.RequestAborted)).Errors;
        await ShowAsync();
    }

    private async Task ShowAsync()
    {
        Images = await siteImages.ListAsync(HttpContext.RequestAborted);
        PreviewUrl = PreviewModel.UrlFor(Fields);
    }
}
