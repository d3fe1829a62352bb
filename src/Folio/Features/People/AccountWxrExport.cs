using System.IO.Compression;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Features.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary>
/// "Download your posts and pages" (<c>/account/data/wxr/</c> on the platform): what the person
/// wrote on every site, as WordPress export files in one zip, a file per site. One file per site
/// because WordPress's importer reads one site a file (the first channel of the file only, with
/// that site's base URL for its links and attachments), so each file imports as it is, into the
/// site of the person's choosing, in WordPress or in Folio. Each file is narrowed to the person's
/// own posts, pages and uploads (<see cref="WxrExporter.WriteAuthoredByAsync"/>).
/// </summary>
public static class AccountWxrExport
{
    public const string Path = "/account/data/wxr/";

    public static IEndpointRouteBuilder MapAccountWxrExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context, FolioDbContext db, SiteAccess access, IServiceScopeFactory scopes, TimeProvider clock) =>
        {
            var me = access.AccountId!.Value;
            var cancellationToken = context.RequestAborted;
            var written = db.Posts.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(p => p.AuthorId == me).Select(p => p.SiteId)
                .Union(db.Media.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(m => m.UploaderId == me).Select(m => m.SiteId));
            var sites = await db.Sites.AsNoTracking().Where(s => written.Contains(s.Id)).OrderBy(s => s.Slug).ToListAsync(cancellationToken);
            var today = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

            // Written whole before it is sent: a zip's directory comes last, and the response must not be written synchronously.
            var file = new FileStream(System.IO.Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var site in sites)
                {
                    // Each site's file is written as a request to that site would be: its rows alone are visible.
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<CurrentSite>().Use(SiteView.From(site));
                    await using var entry = await zip.CreateEntry($"{site.Slug}.wordpress.{today}.xml").OpenAsync(cancellationToken);
                    await scope.ServiceProvider.GetRequiredService<WxrExporter>().WriteAuthoredByAsync(entry, me, cancellationToken);
                }
            }
            file.Position = 0;
            context.Response.Headers.CacheControl = "no-store";
            var handle = await db.Users.Where(a => a.Id == me).Select(a => a.UserName).SingleAsync(cancellationToken);
            return Results.File(file, "application/zip", $"folio-{handle}.wordpress.{today}.zip");
        }).RequireAuthorization().WithMetadata(new PlatformPageAttribute());
        return endpoints;
    }
}
