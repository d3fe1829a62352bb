using System.Globalization;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Folio.Features.Sites;

/// <summary>
/// Which language a request is answered in: a site's pages in the site's language (its
/// <c>lang</c>, texts and date formats); a person's own pages (the dashboard, the account, and
/// the platform's sign-up and log-in) in the language chosen on their account, else in the one
/// their browser asks for. So a Russian site's owner may run it from an English dashboard.
/// </summary>
public static class SiteLanguage
{
    public static IApplicationBuilder UseSiteLanguage(this IApplicationBuilder app)
    {
        var catalogues = app.ApplicationServices.GetRequiredService<Catalogues>();
        var cultures = catalogues.Languages.Select(language => CultureInfo.GetCultureInfo(language.Code)).ToList();
        return app.UseRequestLocalization(options =>
        {
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.DefaultRequestCulture = new RequestCulture(Catalogues.English);
            options.RequestCultureProviders = [new LanguageOfThePage(catalogues)];
        });
    }

    private static readonly string[] PersonalAreas = ["/admin", "/account"];

    private sealed class LanguageOfThePage(Catalogues catalogues) : RequestCultureProvider
    {
        public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext context)
        {
            var site = context.RequestServices.GetRequiredService<CurrentSite>().Site;
            var personal = PersonalAreas.Any(area => context.Request.Path.StartsWithSegments(area, StringComparison.OrdinalIgnoreCase));
            if (site is not null && !personal) return new(site.Language);
            if (await ChosenOnTheAccountAsync(context) is { } chosen) return new(chosen.Code);

            // The same address answers in other words to another browser: say so to caches.
            context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            return new(catalogues.BestFor(context.Request.GetTypedHeaders().AcceptLanguage).Code);
        }

        /// <summary>The signed-in person's language, when they chose one that Folio still has a catalogue for.</summary>
        private async Task<Language?> ChosenOnTheAccountAsync(HttpContext context)
        {
            if (context.RequestServices.GetRequiredService<SiteAccess>().AccountId is not { } accountId) return null;
            var code = await context.RequestServices.GetRequiredService<FolioDbContext>().Users
                .Where(account => account.Id == accountId).Select(account => account.Language).SingleOrDefaultAsync(context.RequestAborted);
            return catalogues.Find(code);
        }
    }
}
