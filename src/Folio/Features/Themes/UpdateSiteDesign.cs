using Folio.Data;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Themes;

/// <summary>
/// A site's design as the customiser sends it: title, tagline, theme, accent colour, and the URLs
/// of a header image and a site icon (empty for none). Values are raw until checked.
/// </summary>
public sealed record UpdateSiteDesign(string? Title, string? Tagline, string? Theme, string? AccentColor, string? HeaderImageUrl, string? IconUrl)
{
    public static UpdateSiteDesign From(SiteView site) =>
        new(site.Title, site.Tagline, site.Theme, site.AccentColor, site.HeaderImageUrl, site.IconUrl);
}

/// <summary>
/// The site as it would look with the request applied (every valid field taken, every invalid one
/// left as saved) and what is wrong with the request. The live preview renders <see cref="Design"/>.
/// </summary>
public sealed record SiteDesignCheck(SiteView Design, IReadOnlyList<string> Errors);

/// <summary>The saved site, or what is wrong with the request (nothing was saved then).</summary>
public sealed record UpdateSiteDesignResult(SiteView? Site, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Checks and saves the current site's design, then makes this server's memory of the site and
/// every cached page of it forget the old design, so the next reader sees the new one.
/// </summary>
public sealed class UpdateSiteDesignHandler(
    FolioDbContext db,
    CurrentSite currentSite,
    SiteImages images,
    SiteDirectory directory,
    IOutputCacheStore cache,
    Localizer T)
{
    private const int TitleLength = 200;
    private const int TaglineLength = 300;

    /// <summary>The design as saved, read from the database rather than this server's cache of sites.</summary>
    public async Task<UpdateSiteDesign> SavedAsync(CancellationToken cancellationToken = default) =>
        UpdateSiteDesign.From(SiteView.From(await db.Sites.AsNoTracking().SingleAsync(s => s.Id == currentSite.Required.Id, cancellationToken)));

    /// <summary>Checks the request against the current site's saved settings, saving nothing.</summary>
    public Task<SiteDesignCheck> CheckAsync(UpdateSiteDesign request, CancellationToken cancellationToken = default) =>
        CheckAsync(currentSite.Required, request, cancellationToken);

    public async Task<UpdateSiteDesignResult> HandleAsync(UpdateSiteDesign request, CancellationToken cancellationToken = default)
    {
        var site = await db.Sites.SingleAsync(s => s.Id == currentSite.Required.Id, cancellationToken);
        var saved = SiteView.From(site);
        var check = await CheckAsync(saved, request, cancellationToken);
        if (check.Errors.Count > 0) return new UpdateSiteDesignResult(null, check.Errors);

        var design = check.Design;
        site.Title = design.Title;
        site.Tagline = design.Tagline;
        site.Theme = design.Theme;
        site.AccentColor = design.AccentColor;
        site.HeaderImageUrl = design.HeaderImageUrl;
        site.IconUrl = design.IconUrl;
        await db.SaveChangesAsync(cancellationToken);

        // Forget the settings before evicting pages, so that no page is cached again from the old ones.
        directory.Forget(saved);
        await cache.EvictSiteAsync(site.Id, cancellationToken);
        return new UpdateSiteDesignResult(design, []);
    }

    private async Task<SiteDesignCheck> CheckAsync(SiteView saved, UpdateSiteDesign request, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        // A field with a problem keeps its saved value (so the preview still shows the rest) and reports why.
        TValue Take<TValue>(string? problem, TValue chosen, TValue kept)
        {
            if (problem is null) return chosen;
            errors.Add(problem);
            return kept;
        }

        var title = request.Title?.Trim() ?? "";
        var tagline = request.Tagline?.Trim() ?? "";
        var theme = ThemeCatalog.Named(request.Theme);
        // An accent is judged against the theme it will be worn with.
        var accentProblem = AccentColor.Problem(request.AccentColor, theme ?? ThemeCatalog.Find(saved.Theme), T);
        var header = Blank(request.HeaderImageUrl);
        var icon = Blank(request.IconUrl);

        var design = saved with
        {
            Title = Take(TitleProblem(title), title, saved.Title),
            Tagline = Take(TaglineProblem(tagline), tagline, saved.Tagline),
            Theme = Take(theme is null ? T["Choose one of the themes offered."].Value : null, theme?.Name!, saved.Theme),
            AccentColor = Take(accentProblem, AccentColor.Normalize(request.AccentColor)!, saved.AccentColor),
            HeaderImageUrl = Take(await ImageProblemAsync(header, T["The header image must be one of this site's uploaded images, or None."], cancellationToken), header, saved.HeaderImageUrl),
            IconUrl = Take(await ImageProblemAsync(icon, T["The site icon must be one of this site's uploaded images, or None."], cancellationToken), icon, saved.IconUrl),
        };
        return new SiteDesignCheck(design, errors);
    }

    private string? TitleProblem(string title) =>
        title.Length == 0 ? T["A site needs a title."].Value
        : title.Length > TitleLength ? T["A site title can be at most {0} characters long.", TitleLength].Value
        : null;

    private string? TaglineProblem(string tagline) =>
        tagline.Length > TaglineLength ? T["A tagline can be at most {0} characters long.", TaglineLength].Value : null;

    /// <summary><paramref name="problem"/> when the URL is not one of the site's images, else null.</summary>
    private async Task<string?> ImageProblemAsync(string? url, string problem, CancellationToken cancellationToken) =>
        url is null || await images.IsSiteImageAsync(url, cancellationToken) ? null : problem;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
