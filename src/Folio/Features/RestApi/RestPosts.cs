using System.Globalization;
using Folio.Data;
using Folio.Features.Media;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>/wp-json/wp/v2/posts</c> and <c>/wp-json/wp/v2/pages</c>: the site's public posts and pages
/// in WordPress's shape, filtered and ordered by its parameters. Lists hold only what a reader
/// may see; a draft or scheduled post is answered by its id alone, and only to a caller (with an
/// application password) who may edit it.
/// </summary>
public sealed class RestPosts(FolioDbContext db, ISearchIndex searchIndex, CurrentSite currentSite, RestEmbeds embeds, RestEditors editors, TimeProvider clock)
{
    private static readonly string[] OrderBys = ["date", "id", "title", "slug", "modified", "relevance", "menu_order"];

    private sealed record Row(long Id, PostKind Kind, PostStatus Status, string Title, string Slug, string Body, BodyFormat BodyFormat, string BodyHtml, string Excerpt,
        DateTime? PublishedAt, DateTime? PublishedLocal, DateTime UpdatedAt, long AuthorId, bool CommentsOpen, bool Sticky, string? Password, long? FeaturedMediaId, long[] CategoryIds, long[] TagIds,
        long? ParentId, int MenuOrder, PostFormat Format);

    public async Task<IResult> ListAsync(PostKind kind, HttpContext context)
    {
        var (paging, error) = RestPaging.From(context.Request, "date", OrderBys);
        if (paging is null) return error!;
        var query = Public(kind);
        foreach (var (name, filter) in new (string, Func<long[], IQueryable<Post>, IQueryable<Post>>)[]
                 {
                     ("categories", (ids, q) => q.Where(p => p.Categories.Any(c => ids.Contains(c.CategoryId)))),
                     ("tags", (ids, q) => q.Where(p => p.Tags.Any(t => ids.Contains(t.TagId)))),
                     ("author", (ids, q) => q.Where(p => ids.Contains(p.AuthorId))),
                     ("include", (ids, q) => q.Where(p => ids.Contains(p.Id))),
                     ("exclude", (ids, q) => q.Where(p => !ids.Contains(p.Id))),
                     // A page's parent, 0 for the top, as WordPress filters pages.
                     ("parent", (ids, q) => q.Where(p => ids.Contains(p.ParentId ?? 0))),
                     ("parent_exclude", (ids, q) => q.Where(p => !ids.Contains(p.ParentId ?? 0))),
                 })
        {
            var (ids, invalid) = RestPaging.Ids(context.Request, name);
            if (invalid is not null) return invalid;
            if (ids is not null) query = filter(ids, query);
        }
        if (context.Request.Query["sticky"].ToString() is { Length: > 0 } sticky)
        {
            bool? wanted = sticky.ToLowerInvariant() switch { "true" or "1" => true, "false" or "0" => false, _ => null };
            if (wanted is not { } only) return RestPaging.InvalidParameter("sticky", "sticky is not of type boolean.");
            query = query.Where(p => p.Sticky == only);
        }
        if (context.Request.Query["slug"].ToString() is { Length: > 0 } slugs)
        {
            var wanted = slugs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            query = query.Where(p => wanted.Contains(p.Slug));
        }

        IReadOnlyList<long>? ranked = null;
        if (context.Request.Query["search"].ToString() is { Length: > 0 } words)
        {
            ranked = await searchIndex.SearchAsync(currentSite.Required.Id, words, 1000, context.RequestAborted);
            var candidates = ranked.ToArray();
            query = query.Where(p => candidates.Contains(p.Id));
        }
        else if (paging.OrderBy == "relevance")
            return RestPaging.Error("rest_no_search_term_defined", "You need to define a search term to order by relevance.", StatusCodes.Status400BadRequest);

        var total = await query.CountAsync(context.RequestAborted);
        List<Row> rows;
        if (paging.OrderBy == "relevance" && ranked is not null)
        {
            var found = await Project(query).ToListAsync(context.RequestAborted);
            var rank = ranked.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index);
            var ordered = found.OrderBy(row => rank[row.Id]);
            rows = (paging.Ascending ? ordered.Reverse() : ordered).Skip(paging.Skip).Take(paging.PerPage).ToList();
        }
        else rows = await Project(Ordered(query, paging).Skip(paging.Skip).Take(paging.PerPage)).ToListAsync(context.RequestAborted);

        var items = new List<Dictionary<string, object?>>();
        foreach (var row in rows) items.Add(await ShapeAsync(row, context));
        return paging.Answer(context.Response, total, items);
    }

    /// <summary>A public post to anyone; a draft or scheduled one only to a caller who may edit it, with its raw fields.</summary>
    public async Task<IResult> OneAsync(PostKind kind, long id, HttpContext context)
    {
        if (await Project(Public(kind).Where(p => p.Id == id)).FirstOrDefaultAsync(context.RequestAborted) is { } row)
            return Results.Json(await ShapeAsync(row, context, withRaw: context.Request.Query["context"] == "edit" && await editors.MayEditAsync(row.AuthorId, context.RequestAborted)));
        return await EditableAsync(kind, id, context) is { } editable ? Results.Json(editable) : InvalidId();
    }

    /// <summary>A public post in the API's shape, as a reader gets it; null when there is none with this id.</summary>
    public async Task<Dictionary<string, object?>?> PublicAsync(PostKind kind, long id, HttpContext context) =>
        await Project(Public(kind).Where(p => p.Id == id)).FirstOrDefaultAsync(context.RequestAborted) is { } row ? await ShapeAsync(row, context, embed: false) : null;

    /// <summary>Any post of the site in the API's shape with its raw fields, if the caller may edit it; null otherwise.</summary>
    public async Task<Dictionary<string, object?>?> EditableAsync(PostKind kind, long id, HttpContext context)
    {
        var row = await Project(db.Posts.AsNoTracking().Where(p => p.Kind == kind && p.Id == id)).FirstOrDefaultAsync(context.RequestAborted);
        return row is not null && await editors.MayEditAsync(row.AuthorId, context.RequestAborted) ? await ShapeAsync(row, context, withRaw: true) : null;
    }

    public static IResult InvalidId() => RestPaging.NotFound("rest_post_invalid_id", "Invalid post ID.");

    private IQueryable<Post> Public(PostKind kind) =>
        db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime)).Where(p => p.Kind == kind);

    private static IQueryable<Post> Ordered(IQueryable<Post> query, RestPaging paging) => (paging.OrderBy, paging.Ascending) switch
    {
        ("id", true) => query.OrderBy(p => p.Id),
        ("id", false) => query.OrderByDescending(p => p.Id),
        ("title", true) => query.OrderBy(p => p.Title).ThenBy(p => p.Id),
        ("title", false) => query.OrderByDescending(p => p.Title).ThenByDescending(p => p.Id),
        ("slug", true) => query.OrderBy(p => p.Slug),
        ("slug", false) => query.OrderByDescending(p => p.Slug),
        ("modified", true) => query.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id),
        ("modified", false) => query.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id),
        ("menu_order", true) => query.OrderBy(p => p.MenuOrder).ThenBy(p => p.Id),
        ("menu_order", false) => query.OrderByDescending(p => p.MenuOrder).ThenByDescending(p => p.Id),
        (_, true) => query.OrderBy(p => p.PublishedAt).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
    };

    private IQueryable<Row> Project(IQueryable<Post> query) =>
        query.Select(p => new Row(p.Id, p.Kind, p.Status, p.Title, p.Slug, p.Body, p.BodyFormat, p.BodyHtml, p.Excerpt, p.PublishedAt, p.PublishedLocal, p.UpdatedAt, p.AuthorId, p.CommentsOpen, p.Sticky, p.Password,
            db.Media.Where(m => MediaUrls.Prefix + m.StoredName == p.FeaturedImageUrl).Select(m => (long?)m.Id).FirstOrDefault(),
            p.Categories.Select(c => c.CategoryId).ToArray(), p.Tags.Select(t => t.TagId).ToArray(), p.ParentId, p.MenuOrder, p.Format));

    private async Task<Dictionary<string, object?>> ShapeAsync(Row row, HttpContext context, bool withRaw = false, bool embed = true)
    {
        var type = row.Kind == PostKind.Page ? "page" : "post";
        var collection = RestApiRoutes.Url(context, row.Kind == PostKind.Page ? "pages" : "posts");
        var isProtected = row.Password is not null;
        // As in WordPress: a protected post's words come only with its password (?password=…), or to its editors.
        var locked = isProtected && !withRaw && context.Request.Query["password"] != row.Password;
        var title = PostTitles.Rendered((isProtected ? PostProtection.TitlePrefix : "") + row.Title);
        var excerpt = locked || row.Excerpt.Length == 0 ? "" : $"<p>{System.Net.WebUtility.HtmlEncode(row.Excerpt)}</p>\n";
        var bodyHtml = locked ? "" : row.BodyHtml;
        var siteClock = currentSite.Required.Clock;
        var post = new Dictionary<string, object?>
        {
            ["id"] = row.Id,
            // As WordPress's: date on the site's clock (the post's own, kept since it was dated), date_gmt in UTC.
            ["date"] = RestDates.Format(row.PublishedLocal ?? siteClock.ToLocal(row.UpdatedAt)),
            ["date_gmt"] = row.PublishedAt is { } published ? RestDates.Format(published) : null,
            ["guid"] = new { rendered = context.SiteUrl($"/?p={row.Id}") },
            ["modified"] = RestDates.Format(siteClock.ToLocal(row.UpdatedAt)),
            ["modified_gmt"] = RestDates.Format(row.UpdatedAt),
            ["slug"] = row.Slug,
            ["status"] = RestPostStatus.Name(row.Status),
            ["type"] = type,
            ["link"] = row.Status is PostStatus.Draft or PostStatus.Trash || row.PublishedLocal is null
                ? context.SiteUrl($"/?p={row.Id}")
                : context.SiteUrl(PostPaths.Of(row.Kind, row.PublishedLocal.Value, row.Slug)),
            ["title"] = withRaw ? new { raw = row.Title, rendered = title } : new { rendered = title },
            ["content"] = withRaw
                ? new { raw = row.Body, rendered = bodyHtml, @protected = isProtected, format = row.BodyFormat == BodyFormat.Html ? "html" : "markdown" }
                : (object)new { rendered = bodyHtml, @protected = isProtected },
            // As WordPress's: raw is the excerpt written by hand, "" when the summary is made from the words.
            ["excerpt"] = withRaw ? new { raw = PostExcerpts.HandWritten(row.Excerpt, row.BodyHtml), rendered = excerpt, @protected = isProtected } : new { rendered = excerpt, @protected = isProtected },
            ["author"] = row.AuthorId,
            ["featured_media"] = row.FeaturedMediaId ?? 0,
            ["comment_status"] = row.CommentsOpen ? "open" : "closed",
            ["ping_status"] = "closed",
            ["template"] = "",
            ["meta"] = Array.Empty<object>(),
        };
        if (withRaw) post["password"] = row.Password ?? "";
        if (row.Kind == PostKind.Page)
        {
            post["parent"] = row.ParentId ?? 0;
            post["menu_order"] = row.MenuOrder;
        }
        if (row.Kind == PostKind.Post)
        {
            post["sticky"] = row.Sticky;
            post["format"] = PostFormats.Name(row.Format);
            post["categories"] = row.CategoryIds;
            post["tags"] = row.TagIds;
        }
        var self = $"{collection}/{row.Id.ToString(CultureInfo.InvariantCulture)}";
        var links = new Dictionary<string, object>
        {
            ["self"] = new[] { new { href = self } },
            ["collection"] = new[] { new { href = collection } },
            ["author"] = new[] { new { embeddable = true, href = $"{RestApiRoutes.Url(context, "users")}/{row.AuthorId}" } },
            ["replies"] = new[] { new { embeddable = true, href = $"{RestApiRoutes.Url(context, "comments")}?post={row.Id}" } },
        };
        if (row.ParentId is { } parentId)
            links["up"] = new[] { new { embeddable = true, href = $"{collection}/{parentId.ToString(CultureInfo.InvariantCulture)}" } };
        if (row.FeaturedMediaId is { } mediaId)
            links["wp:featuredmedia"] = new[] { new { embeddable = true, href = $"{RestApiRoutes.Url(context, "media")}/{mediaId}" } };
        if (row.Kind == PostKind.Post)
            links["wp:term"] = new[]
            {
                new { taxonomy = "category", embeddable = true, href = $"{RestApiRoutes.Url(context, "categories")}?post={row.Id}" },
                new { taxonomy = "post_tag", embeddable = true, href = $"{RestApiRoutes.Url(context, "tags")}?post={row.Id}" },
            };
        post["_links"] = links;
        if (embed && RestEmbeds.Wanted(context.Request))
            post["_embedded"] = await embeds.ForPostAsync(row.Id, row.AuthorId, row.FeaturedMediaId, row.Kind == PostKind.Post, context);
        return post;
    }
}
