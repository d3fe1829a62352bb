using Folio.Features.Identity;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>/wp-json/wp/v2/types</c>, <c>/taxonomies</c> and <c>/statuses</c>: the kinds of content a
/// site has, which WordPress's clients read before they list or write (the block editor asks
/// <c>/types/post</c> for its REST base and taxonomies). Folio's are fixed: posts, pages and
/// images; categories and tags; and the statuses of <see cref="RestPostStatus"/>.
/// </summary>
public sealed class RestTypes(SiteAccess access)
{
    private sealed record Kind(string Slug, string Name, string RestBase, bool Hierarchical, string[] Taxonomies, string Icon);
    private sealed record Taxonomy(string Slug, string Name, string RestBase, bool Hierarchical);
    private sealed record Status(string Slug, string Name, bool Public);

    // Pages sit under parent pages, as WordPress's do.
    private static readonly Kind[] Kinds =
    [
        new("post", "Posts", "posts", false, ["category", "post_tag"], "dashicons-admin-post"),
        new("page", "Pages", "pages", true, [], "dashicons-admin-page"),
        new("attachment", "Media", "media", false, [], "dashicons-admin-media"),
    ];

    private static readonly Taxonomy[] Taxonomies = [new("category", "Categories", "categories", false), new("post_tag", "Tags", "tags", false)];

    /// <summary>Published is for anyone; the others only for the site's writers, as WordPress shows them to those who may edit posts.</summary>
    private static readonly Status[] Statuses =
        [new("publish", "Published", true), new("future", "Scheduled", false), new("draft", "Draft", false), new("pending", "Pending", false)];

    public IResult AllTypes(HttpContext context) => Results.Json(Kinds.ToDictionary(kind => kind.Slug, kind => Shape(kind, context)));

    public IResult OneType(string type, HttpContext context) => Kinds.FirstOrDefault(kind => kind.Slug == type) is { } found
        ? Results.Json(Shape(found, context))
        : RestPaging.NotFound("rest_type_invalid", "Invalid post type.");

    /// <summary>All taxonomies, or those of one type (<c>?type=post</c>).</summary>
    public IResult AllTaxonomies(HttpContext context)
    {
        var type = context.Request.Query["type"].ToString();
        var wanted = type.Length == 0 ? Taxonomies : Taxonomies.Where(taxonomy => Kinds.Any(kind => kind.Slug == type && kind.Taxonomies.Contains(taxonomy.Slug)));
        return Results.Json(wanted.ToDictionary(taxonomy => taxonomy.Slug, taxonomy => Shape(taxonomy, context)));
    }

    public IResult OneTaxonomy(string taxonomy, HttpContext context) => Taxonomies.FirstOrDefault(t => t.Slug == taxonomy) is { } found
        ? Results.Json(Shape(found, context))
        : RestPaging.NotFound("rest_taxonomy_invalid", "Invalid taxonomy.");

    public async Task<IResult> AllStatusesAsync(HttpContext context)
    {
        var writer = await access.RoleAsync(context.RequestAborted) is not null;
        return Results.Json(Statuses.Where(status => status.Public || writer).ToDictionary(status => status.Slug, status => Shape(status, context)));
    }

    public async Task<IResult> OneStatusAsync(string status, HttpContext context)
    {
        var found = Statuses.FirstOrDefault(s => s.Slug == status);
        if (found is null) return RestPaging.NotFound("rest_status_invalid", "Invalid status.");
        if (found.Public || await access.RoleAsync(context.RequestAborted) is not null) return Results.Json(Shape(found, context));
        return RestPaging.Error("rest_cannot_read_status", "Cannot view status.", access.AccountId is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
    }

    private static Dictionary<string, object?> Shape(Kind kind, HttpContext context) => new()
    {
        ["description"] = "",
        ["hierarchical"] = kind.Hierarchical,
        ["has_archive"] = false,
        ["name"] = kind.Name,
        ["slug"] = kind.Slug,
        ["icon"] = kind.Icon,
        ["taxonomies"] = kind.Taxonomies,
        ["rest_base"] = kind.RestBase,
        ["rest_namespace"] = RestApiRoutes.Namespace,
        ["_links"] = Links(context, "types", kind.RestBase),
    };

    private static Dictionary<string, object?> Shape(Taxonomy taxonomy, HttpContext context) => new()
    {
        ["name"] = taxonomy.Name,
        ["slug"] = taxonomy.Slug,
        ["description"] = "",
        ["types"] = Kinds.Where(kind => kind.Taxonomies.Contains(taxonomy.Slug)).Select(kind => kind.Slug).ToArray(),
        ["hierarchical"] = taxonomy.Hierarchical,
        ["rest_base"] = taxonomy.RestBase,
        ["rest_namespace"] = RestApiRoutes.Namespace,
        ["_links"] = Links(context, "taxonomies", taxonomy.RestBase),
    };

    private static Dictionary<string, object?> Shape(Status status, HttpContext context) => new()
    {
        ["name"] = status.Name,
        ["public"] = status.Public,
        ["queryable"] = status.Public,
        ["slug"] = status.Slug,
        ["date_floating"] = status.Slug is "draft" or "pending",
        ["_links"] = new Dictionary<string, object> { ["archives"] = new[] { new { href = RestApiRoutes.Url(context, "posts") } } },
    };

    private static Dictionary<string, object> Links(HttpContext context, string collection, string items) => new()
    {
        ["collection"] = new[] { new { href = RestApiRoutes.Url(context, collection) } },
        ["wp:items"] = new[] { new { href = RestApiRoutes.Url(context, items) } },
    };
}
