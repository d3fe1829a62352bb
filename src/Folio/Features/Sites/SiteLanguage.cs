using System.Globalization;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Localization;

namespace Folio.Features.Sites;

/// <summary>
/// Which language a request is answered in: a site's pages in the site's language (its
/// <c>lang</c>, texts and date formats); everything else, for now, in English. The dashboard and
/// account pages are to follow the signed-in person's language once their texts are translated.
/// </summary>
public static class SiteLanguage
{
    public static IApplicationBuilder UseSiteLanguage(this IApplicationBuilder app)
    {
        var cultures = app.ApplicationServices.GetRequiredService<Catalogues>().Languages
            .Select(language => CultureInfo.GetCultureInfo(language.Code)).ToList();
        return app.UseRequestLocalization(options =>
        {
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.DefaultRequestCulture = new RequestCulture(Catalogues.English);
            options.RequestCultureProviders = [new SitePagesProvider()];
        });
    }

    private static readonly string[] PersonalAreas = ["/admin", "/account"];

    private sealed class SitePagesProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext context)
        {
            var site = context.RequestServices.GetRequiredService<CurrentSite>().Site;
            var personal = PersonalAreas.Any(area => context.Request.Path.StartsWithSegments(area, StringComparison.OrdinalIgnoreCase));
            return site is null || personal ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new(site.Language));
        }
    }
}
