using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Features.Themes;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Folio.Features.Platform;

/// <summary>
/// Creates a site for the signed-in person and takes them, through the login handshake on the new
/// host, straight to the editor of its welcome post there.
/// </summary>
[PlatformPage]
[Authorize]
public sealed class NewSiteModel(CreateSiteHandler createSite, SiteAccess access, SiteDirectory directory, Catalogues catalogues, IOptions<FolioOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Theme { get; set; } = ThemeCatalog.DefaultName;
    [BindProperty] public string Slug { get; set; } = "";
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string Tagline { get; set; } = "";

    /// <summary>The site's language: at first the one the browser asks for, when Folio speaks it.</summary>
    [BindProperty] public string Language { get; set; } = Catalogues.English;

    public IReadOnlyList<Language> Languages => catalogues.Languages;
    /// <summary>The browser's time zone, which a script puts in a hidden field; empty without JavaScript.</summary>
    [BindProperty] public string? TimeZone { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string RootDomain => options.Value.RootDomain;

    public void OnGet()
    {
        Theme = ThemeCatalog.Find(Theme).Name;
        Language = catalogues.BestFor(Request.GetTypedHeaders().AcceptLanguage).Code;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await createSite.HandleAsync(new CreateSite(Slug, Title, access.AccountId!.Value, Tagline)
        {
            Theme = Theme,
            Language = Language,
            // Nobody chose the browser's zone on purpose: one Folio does not know (or none) gives UTC, not an error; Settings changes it.
            TimeZone = SiteTimeZones.Find(TimeZone)?.Id,
            WithWelcomePost = true,
        });
        if (result.Site is null)
        {
            Errors = [result.Error!];
            return Page();
        }
        return Redirect(PlatformLoginHandshake.OnHost(HttpContext, directory.HostOf(result.Site), $"/admin/posts/{result.WelcomePostId}/"));
    }
}
