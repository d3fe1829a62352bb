using Folio.Data;
using Folio.Features.Posts;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.RestApi;

/// <summary><c>/wp-json/wp/v2/categories</c> and <c>/tags</c>: the site's terms with their public post counts.</summary>
public sealed class RestTerms(FolioDbContext db, TimeProvider clock)
{
    private static readonly string[] OrderBys = ["name", "id", "slug", "count"];

    /// <summary>Initialised by member (not by constructor) so that queries can still filter and order by it.</summary>
    public sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Slug { get; init; } = "";
        public int Count { get; init; }
    }

    public async Task<IResult> ListAsync(bool categories, HttpContext context)
    {
        var (paging, error) = RestPaging.From(context.Request, "name", OrderBys, ascendingByDefault: true);
        if (paging is null) return error!;
        var (postIds, invalid) = RestPaging.Ids(context.Request, "post");
        if (invalid is not null) return invalid;
        var query = Rows(categories, postIds?.FirstOrDefault());
        if (context.Request.Query["search"].ToString() is { Length: > 0 } words) query = query.Where(t => t.Name.Contains(words));
        if (context.Request.Query["slug"].ToString() is { Length: > 0 } slugs)
        {
            var wanted = slugs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            query = query.Where(t => wanted.Contains(t.Slug));
        }
        if (context.Request.Query["hide_empty"].ToString() is "true" or "1") query = query.Where(t => t.Count > 0);
        var total = await query.CountAsync(context.RequestAborted);
        var ordered = (paging.OrderBy, paging.Ascending) switch
        {
            ("id", true) => query.OrderBy(t => t.Id),
            ("id", false) => query.OrderByDescending(t => t.Id),
            ("slug", true) => query.OrderBy(t => t.Slug),
            ("slug", false) => query.OrderByDescending(t => t.Slug),
            ("count", true) => query.OrderBy(t => t.Count).ThenBy(t => t.Id),
            ("count", false) => query.OrderByDescending(t => t.Count).ThenBy(t => t.Id),
            (_, false) => query.OrderByDescending(t => t.Name),
            _ => query.OrderBy(t => t.Name),
        };
        var rows = await ordered.Skip(paging.Skip).Take(paging.PerPage).ToListAsync(context.RequestAborted);
        return paging.Answer(context.Response, total, rows.Select(row => Shape(row, categories, context)).ToList());
    }

    public async Task<IResult> OneAsync(bool categories, long id, HttpContext context)
    {
        var row = await Rows(categories, postId: null).FirstOrDefaultAsync(t => t.Id == id, context.RequestAborted);
        return row is null ? RestPaging.NotFound("rest_term_invalid", "Term does not exist.") : Results.Json(Shape(row, categories, context));
    }

    /// <summary>The terms of one public post, in the shape <c>_embed</c> nests them.</summary>
    public async Task<IReadOnlyList<Dictionary<string, object?>>> OfPostAsync(bool categories, long postId, HttpContext context) =>
        (await Rows(categories, postId).OrderBy(t => t.Name).ToListAsync(context.RequestAborted)).Select(row => Shape(row, categories, context)).ToList();

    /// <summary>The site's categories or tags (those of one post, when given) with their public post counts.</summary>
    public IQueryable<Row> Rows(bool categories, long? postId)
    {
        var publicPosts = db.Posts.Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime));
        return categories
            ? db.Categories.AsNoTracking()
                .Where(c => postId == null || db.PostCategories.Any(pc => pc.CategoryId == c.Id && pc.PostId == postId))
                .Select(c => new Row { Id = c.Id, Name = c.Name, Slug = c.Slug, Count = db.PostCategories.Count(pc => pc.CategoryId == c.Id && publicPosts.Any(p => p.Id == pc.PostId)) })
            : db.Tags.AsNoTracking()
                .Where(t => postId == null || db.PostTags.Any(pt => pt.TagId == t.Id && pt.PostId == postId))
                .Select(t => new Row { Id = t.Id, Name = t.Name, Slug = t.Slug, Count = db.PostTags.Count(pt => pt.TagId == t.Id && publicPosts.Any(p => p.Id == pt.PostId)) });
    }

    private static Dictionary<string, object?> Shape(Row row, bool categories, HttpContext context)
    {
        var collection = RestApiRoutes.Url(context, categories ? "categories" : "tags");
        var term = new Dictionary<string, object?>
        {
            ["id"] = row.Id,
            ["count"] = row.Count,
            ["description"] = "",
            ["link"] = context.SiteUrl(categories ? PostPaths.Category(row.Slug) : PostPaths.Tag(row.Slug)),
            ["name"] = row.Name,
            ["slug"] = row.Slug,
            ["taxonomy"] = categories ? "category" : "post_tag",
            ["meta"] = Array.Empty<object>(),
            ["_links"] = new Dictionary<string, object>
            {
                ["self"] = new[] { new { href = $"{collection}/{row.Id}" } },
                ["collection"] = new[] { new { href = collection } },
                ["wp:post_type"] = new[] { new { href = $"{RestApiRoutes.Url(context, "posts")}?{(categories ? "categories" : "tags")}={row.Id}" } },
            },
        };
        if (categories) term["parent"] = 0;
        return term;
    }
}
