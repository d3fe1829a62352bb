using System.Text.Json;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.People;

/// <summary>
/// "Download my data" (<c>/account/data/</c> on the platform): one JSON file of what Folio keeps
/// about the signed-in person on every site: the profile, comments, likes, follows and
/// memberships. The person's own rows alone, so nothing of anyone else goes out in it.
/// </summary>
public static class AccountDataExport
{
    public const string Path = "/account/data/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IEndpointRouteBuilder MapAccountDataExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context, FolioDbContext db, SiteAccess access, TimeProvider clock) =>
        {
            var me = access.AccountId!.Value;
            var cancellationToken = context.RequestAborted;
            var account = await db.Users.Where(a => a.Id == me)
                .Select(a => new { a.UserName, a.Email, a.DisplayName, a.Bio, a.AvatarUrl, a.Language, a.CreatedAt, a.EmailOnLike, a.EmailOnFollow, a.EmailOnComment })
                .SingleAsync(cancellationToken);
            var sites = db.Sites.Select(s => new { s.Id, s.Slug });
            var posts = db.Posts.AcrossSites(CrossSiteReason.ScopedByParent).Select(p => new { p.Id, p.Title });
            var comments = await (
                from c in db.Comments.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(c => c.AccountId == me)
                join s in sites on c.SiteId equals s.Id
                join p in posts on c.PostId equals p.Id
                orderby c.CreatedAt
                select new { Site = s.Slug, Post = p.Title, c.AuthorName, c.AuthorUrl, c.Body, Status = c.Status.ToString(), c.CreatedAt }).ToListAsync(cancellationToken);
            var likes = await (
                from l in db.PostLikes.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(l => l.AccountId == me)
                join s in sites on l.SiteId equals s.Id
                join p in posts on l.PostId equals p.Id
                orderby l.CreatedAt
                select new { Site = s.Slug, Post = p.Title, l.CreatedAt }).ToListAsync(cancellationToken);
            var follows = await (
                from f in db.Followers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(f => f.AccountId == me)
                join s in sites on f.SiteId equals s.Id
                orderby f.CreatedAt
                select new { Site = s.Slug, Delivery = f.Delivery.ToString(), f.CreatedAt }).ToListAsync(cancellationToken);
            var memberships = await (
                from m in db.SiteMembers.AcrossSites(CrossSiteReason.OneAccountsOwnRows).Where(m => m.AccountId == me)
                join s in sites on m.SiteId equals s.Id
                orderby m.CreatedAt
                select new { Site = s.Slug, Role = m.Role.ToString(), m.CreatedAt }).ToListAsync(cancellationToken);
            var exported = new { ExportedAt = clock.GetUtcNow().UtcDateTime, Account = account, Comments = comments, Likes = likes, Follows = follows, Memberships = memberships };
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(JsonSerializer.SerializeToUtf8Bytes(exported, Json), "application/json", $"folio-{account.UserName}.json");
        }).RequireAuthorization().WithMetadata(new PlatformPageAttribute());
        return endpoints;
    }
}
