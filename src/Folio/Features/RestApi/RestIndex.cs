using Folio.Features.Identity.ApplicationPasswords;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>/wp-json/</c>: what the API offers, in WordPress's index format. Clients such as
/// <c>wpapi</c> build their methods from the <c>routes</c> listed here and from each route's
/// arguments, so every parameter Folio honours is named.
/// </summary>
public static class RestIndex
{
    private static readonly string[] CollectionArguments = ["context", "page", "per_page", "search", "order", "orderby", "slug", "include", "exclude"];
    private static readonly string[] PostArguments = [.. CollectionArguments, "author", "categories", "tags", "sticky"];
    private static readonly string[] TermArguments = [.. CollectionArguments, "post", "hide_empty"];
    private static readonly string[] CommentArguments = [.. CollectionArguments, "post", "parent"];
    private static readonly string[] Reads = ["GET"];
    private static readonly string[] CollectionWrites = ["GET", "POST"];
    private static readonly string[] ItemWrites = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] SettingsMethods = ["GET", "POST", "PUT", "PATCH"];

    public static IResult Describe(HttpContext context, CurrentSite currentSite, TimeProvider clock)
    {
        var site = currentSite.Required;
        var now = clock.GetUtcNow().UtcDateTime;
        var routes = new Dictionary<string, object>
        {
            ["/"] = Route("", []),
            [$"/{RestApiRoutes.Namespace}"] = Route(RestApiRoutes.Namespace, ["context"]),
        };
        foreach (var (collection, arguments, collectionMethods, itemMethods) in new (string, string[], string[], string[])[]
                 {
                     ("posts", PostArguments, CollectionWrites, ItemWrites), ("pages", CollectionArguments, CollectionWrites, ItemWrites),
                     ("categories", TermArguments, Reads, Reads), ("tags", TermArguments, Reads, Reads), ("comments", CommentArguments, CollectionWrites, ItemWrites),
                     ("users", CollectionArguments, Reads, Reads), ("media", CollectionArguments, CollectionWrites, Reads),
                 })
        {
            routes[$"/{RestApiRoutes.Namespace}/{collection}"] = Route(RestApiRoutes.Namespace, arguments, collectionMethods);
            routes[$"/{RestApiRoutes.Namespace}/{collection}/(?P<id>[\\d]+)"] = Route(RestApiRoutes.Namespace, ["id", "context", "force"], itemMethods);
        }
        routes[$"/{RestApiRoutes.Namespace}/users/me"] = Route(RestApiRoutes.Namespace, ["context"]);
        foreach (var (collection, item) in new[] { ("types", "type"), ("taxonomies", "taxonomy"), ("statuses", "status") })
        {
            routes[$"/{RestApiRoutes.Namespace}/{collection}"] = Route(RestApiRoutes.Namespace, collection == "taxonomies" ? ["context", "type"] : ["context"]);
            routes[$"/{RestApiRoutes.Namespace}/{collection}/(?P<{item}>[\\w-]+)"] = Route(RestApiRoutes.Namespace, [item, "context"]);
        }
        routes[$"/{RestApiRoutes.Namespace}/settings"] = Route(RestApiRoutes.Namespace, ["title", "description", "timezone", "posts_per_page"], SettingsMethods);
        routes[$"/{RestApiRoutes.Namespace}/search"] = Route(RestApiRoutes.Namespace, ["context", "page", "per_page", "search", "type", "subtype"]);
        routes["/oembed/1.0/embed"] = Route("oembed/1.0", ["url", "format", "maxwidth"]);

        return Results.Json(new Dictionary<string, object?>
        {
            ["name"] = site.Title,
            ["description"] = site.Tagline,
            ["url"] = context.SiteUrl("/").TrimEnd('/'),
            ["home"] = context.SiteUrl("/").TrimEnd('/'),
            // The site's zone, and its offset from UTC now (in hours, as WordPress gives it).
            ["gmt_offset"] = (site.Clock.ToLocal(now) - now).TotalHours,
            ["timezone_string"] = site.Clock.ZoneName,
            ["namespaces"] = new[] { "oembed/1.0", RestApiRoutes.Namespace },
            // Where WordPress's apps send a reader to approve an application password for them.
            ["authentication"] = new Dictionary<string, object>
            {
                ["application-passwords"] = new { endpoints = new { authorization = context.SiteUrl(ApplicationPasswordsFeature.AuthorizationPath) } },
            },
            ["routes"] = routes,
        });
    }

    private static object Route(string space, string[] arguments, string[]? methods = null) => new Dictionary<string, object>
    {
        ["namespace"] = space,
        ["methods"] = methods ?? Reads,
        ["endpoints"] = new[]
        {
            new Dictionary<string, object>
            {
                ["methods"] = methods ?? Reads,
                ["args"] = arguments.ToDictionary(argument => argument, _ => (object)new { required = false }),
            },
        },
    };
}
