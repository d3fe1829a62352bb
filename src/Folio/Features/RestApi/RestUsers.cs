using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.People;
using Folio.Features.Posts;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>/wp-json/wp/v2/users</c>: the people who have published on this site, with public fields
/// only (name, bio, archive, picture), as WordPress shows them to anyone. Never an email, but
/// to its owner in <c>users/me?context=edit</c>.
/// </summary>
public sealed class RestUsers(FolioDbContext db, SiteAccess access, TimeProvider clock)
{
    private static readonly string[] OrderBys = ["name", "id", "slug"];

    /// <summary>Initialised by member (not by constructor) so that queries can still filter and order by it.</summary>
    private sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Slug { get; init; } = "";
        public string Bio { get; init; } = "";
        public string? AvatarUrl { get; init; }
    }

    public async Task<IResult> ListAsync(HttpContext context)
    {
        var (paging, error) = RestPaging.From(context.Request, "name", OrderBys, ascendingByDefault: true);
        if (paging is null) return error!;
        var query = Authors();
        if (context.Request.Query["slug"].ToString() is { Length: > 0 } slugs)
        {
            var wanted = slugs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            query = query.Where(u => wanted.Contains(u.Slug));
        }
        var total = await query.CountAsync(context.RequestAborted);
        var ordered = (paging.OrderBy, paging.Ascending) switch
        {
            ("id", true) => query.OrderBy(u => u.Id),
            ("id", false) => query.OrderByDescending(u => u.Id),
            ("slug", true) => query.OrderBy(u => u.Slug),
            ("slug", false) => query.OrderByDescending(u => u.Slug),
            (_, false) => query.OrderByDescending(u => u.Name),
            _ => query.OrderBy(u => u.Name),
        };
        var rows = await ordered.Skip(paging.Skip).Take(paging.PerPage).ToListAsync(context.RequestAborted);
        return paging.Answer(context.Response, total, rows.Select(row => Shape(row, context)).ToList());
    }

    public async Task<IResult> OneAsync(long id, HttpContext context) =>
        await FindAsync(id, context) is { } user ? Results.Json(user) : RestPaging.NotFound("rest_user_invalid_id", "Invalid user ID.");

    /// <summary>One author in the API's shape, or null when they have published nothing here.</summary>
    public async Task<Dictionary<string, object?>?> FindAsync(long id, HttpContext context) =>
        await Authors().FirstOrDefaultAsync(u => u.Id == id, context.RequestAborted) is { } row ? Shape(row, context) : null;

    /// <summary><c>/users/me</c>: the caller's own account, which clients ask for to check their credentials.</summary>
    public async Task<IResult> MeAsync(HttpContext context)
    {
        if (access.AccountId is not { } accountId)
            return RestPaging.Error("rest_not_logged_in", "You are not currently logged in.", StatusCodes.Status401Unauthorized);
        var row = await Rows(db.Users.AsNoTracking().Where(a => a.Id == accountId)).FirstAsync(context.RequestAborted);
        var user = Shape(row, context);
        if (context.Request.Query["context"] == "edit") await AddOwnFieldsAsync(user, accountId, context);
        return Results.Json(user);
    }

    /// <summary>
    /// What WordPress shows a person of their own account with <c>context=edit</c>: login, email,
    /// and their role and capabilities on this site, by which clients offer what they may do.
    /// </summary>
    private async Task AddOwnFieldsAsync(Dictionary<string, object?> user, long accountId, HttpContext context)
    {
        var account = await db.Users.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new { a.UserName, a.Email, a.CreatedAt }).FirstAsync(context.RequestAborted);
        var role = await access.RoleAsync(context.RequestAborted);
        user["username"] = account.UserName;
        user["email"] = account.Email;
        user["nickname"] = user["name"];
        user["registered_date"] = RestDates.Format(account.CreatedAt) + "+00:00";
        user["roles"] = role is { } named ? [RestCapabilities.Name(named)] : Array.Empty<string>();
        user["capabilities"] = RestCapabilities.Of(role);
        user["extra_capabilities"] = role is { } own ? new Dictionary<string, bool> { [RestCapabilities.Name(own)] = true } : [];
    }

    private IQueryable<Row> Authors()
    {
        var publicPosts = db.Posts.Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime));
        return Rows(db.Users.AsNoTracking().Where(a => publicPosts.Any(p => p.AuthorId == a.Id)));
    }

    private static IQueryable<Row> Rows(IQueryable<Account> accounts) =>
        accounts.Select(a => new Row { Id = a.Id, Name = a.DisplayName, Slug = a.UserName!, Bio = a.Bio, AvatarUrl = a.AvatarUrl });

    private static Dictionary<string, object?> Shape(Row row, HttpContext context)
    {
        var avatar = AccountAvatar.Url(row.Id, row.AvatarUrl, ownSiteUrl: null);
        var picture = avatar.StartsWith('/') ? context.SiteUrl(avatar) : avatar;
        var collection = RestApiRoutes.Url(context, "users");
        return new Dictionary<string, object?>
        {
            ["id"] = row.Id,
            ["name"] = row.Name,
            ["url"] = "",
            ["description"] = row.Bio,
            ["link"] = context.SiteUrl(PostPaths.Author(row.Slug)),
            ["slug"] = row.Slug,
            ["avatar_urls"] = new Dictionary<string, string> { ["24"] = picture, ["48"] = picture, ["96"] = picture },
            ["meta"] = Array.Empty<object>(),
            ["_links"] = new Dictionary<string, object>
            {
                ["self"] = new[] { new { href = $"{collection}/{row.Id}" } },
                ["collection"] = new[] { new { href = collection } },
            },
        };
    }
}
