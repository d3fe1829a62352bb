using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Folio.Features.RestApi;

/// <summary>
/// WordPress's REST API v2 at WordPress's addresses on every site, so that
/// its clients (apps, scripts, the <c>wpapi</c> library) work with Folio. Every page of a site
/// announces it with <c>Link: &lt;…/wp-json/&gt;; rel="https://api.w.org/"</c>.
/// </summary>
public static class RestApiRoutes
{
    public const string Root = "/wp-json/";

    /// <summary>The most one API request may carry (the server's default is 30 MB): a long post's HTML, with room to spare.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;
    public const string Namespace = "wp/v2";
    public const string LinkRelation = "https://api.w.org/";

    /// <summary>WordPress takes an item's changes by any of these methods.</summary>
    private static readonly string[] Updates = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch];

    /// <summary>The absolute address of a collection of this site, such as <c>…/wp-json/wp/v2/posts</c>.</summary>
    public static string Url(HttpContext context, string collection) => context.SiteUrl($"{Root}{Namespace}/{collection}");

    public static IServiceCollection AddRestApi(this IServiceCollection services) => services
        .AddScoped<RestPosts>().AddScoped<RestTerms>().AddScoped<RestComments>().AddScoped<RestUsers>().AddScoped<RestMedia>()
        .AddScoped<RestEmbeds>().AddScoped<RestSearch>().AddScoped<RestEditors>().AddScoped<RestPostWrites>().AddScoped<RestCommentWrites>()
        .AddScoped<RestMediaUploads>().AddScoped<RestTypes>().AddScoped<RestSettings>();

    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Root).ForSites().AddEndpointFilter(RestAuthentication.AuthenticateAsync).AddEndpointFilter(RestResponseFields.FilterAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        api.MapGet("", RestIndex.Describe);
        var v2 = api.MapGroup(Namespace);
        foreach (var (collection, kind) in new[] { ("posts", PostKind.Post), ("pages", PostKind.Page) })
        {
            v2.MapGet($"/{collection}", (HttpContext context, RestPosts posts) => posts.ListAsync(kind, context));
            v2.MapGet($"/{collection}/{{id:long}}", (long id, HttpContext context, RestPosts posts) => posts.OneAsync(kind, id, context));
            v2.MapPost($"/{collection}", (HttpContext context, RestPostWrites writes) => writes.CreateAsync(kind, context));
            v2.MapMethods($"/{collection}/{{id:long}}", Updates, (long id, HttpContext context, RestPostWrites writes) => writes.UpdateAsync(kind, id, context));
            v2.MapDelete($"/{collection}/{{id:long}}", (long id, HttpContext context, RestPostWrites writes) => writes.DeleteAsync(kind, id, context));
        }
        v2.MapGet("/categories", (HttpContext context, RestTerms terms) => terms.ListAsync(categories: true, context));
        v2.MapGet("/categories/{id:long}", (long id, HttpContext context, RestTerms terms) => terms.OneAsync(categories: true, id, context));
        v2.MapGet("/tags", (HttpContext context, RestTerms terms) => terms.ListAsync(categories: false, context));
        v2.MapGet("/tags/{id:long}", (long id, HttpContext context, RestTerms terms) => terms.OneAsync(categories: false, id, context));
        v2.MapGet("/comments", (HttpContext context, RestComments comments) => comments.ListAsync(context));
        v2.MapGet("/comments/{id:long}", (long id, HttpContext context, RestComments comments) => comments.OneAsync(id, context));
        v2.MapPost("/comments", (HttpContext context, RestCommentWrites writes) => writes.CreateAsync(context));
        v2.MapMethods("/comments/{id:long}", Updates, (long id, HttpContext context, RestCommentWrites writes) => writes.UpdateAsync(id, context));
        v2.MapDelete("/comments/{id:long}", (long id, HttpContext context, RestCommentWrites writes) => writes.DeleteAsync(id, context));
        v2.MapGet("/media", (HttpContext context, RestMedia media) => media.ListAsync(context));
        v2.MapGet("/media/{id:long}", (long id, HttpContext context, RestMedia media) => media.OneAsync(id, context));
        v2.MapPost("/media", (HttpContext context, RestMediaUploads uploads) => uploads.CreateAsync(context));
        v2.MapGet("/users", (HttpContext context, RestUsers users) => users.ListAsync(context));
        v2.MapGet("/users/me", (HttpContext context, RestUsers users) => users.MeAsync(context));
        v2.MapGet("/users/{id:long}", (long id, HttpContext context, RestUsers users) => users.OneAsync(id, context));
        v2.MapGet("/search", (HttpContext context, RestSearch search) => search.SearchAsync(context));
        v2.MapGet("/types", (HttpContext context, RestTypes types) => types.AllTypes(context));
        v2.MapGet("/types/{type}", (string type, HttpContext context, RestTypes types) => types.OneType(type, context));
        v2.MapGet("/taxonomies", (HttpContext context, RestTypes types) => types.AllTaxonomies(context));
        v2.MapGet("/taxonomies/{taxonomy}", (string taxonomy, HttpContext context, RestTypes types) => types.OneTaxonomy(taxonomy, context));
        v2.MapGet("/statuses", (HttpContext context, RestTypes types) => types.AllStatusesAsync(context));
        v2.MapGet("/statuses/{status}", (string status, HttpContext context, RestTypes types) => types.OneStatusAsync(status, context));
        v2.MapGet("/settings", (HttpContext context, RestSettings settings) => settings.ReadAsync(context));
        v2.MapMethods("/settings", Updates, (HttpContext context, RestSettings settings) => settings.UpdateAsync(context));
        // Any other address or method under /wp-json/ gets WordPress's error, not a page.
        api.MapFallback("{**path}", () => RestPaging.NotFound("rest_no_route", "No route was found matching the URL and request method."));
        return endpoints;
    }

    /// <summary>
    /// Announces the API on every answer of a site, as WordPress does, so clients can discover it from any page.
    /// Once: an error page runs the pipeline a second time for the same answer.
    /// </summary>
    public static IApplicationBuilder UseRestApiDiscovery(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.RequestServices.GetRequiredService<CurrentSite>().Kind != HostKind.Site) return next(context);
        // Written now: an error page may answer from another service scope.
        var link = $"<{context.SiteUrl(Root)}>; rel=\"{LinkRelation}\"";
        context.Response.OnStarting(() =>
        {
            if (!context.Response.Headers.Link.Contains(link)) context.Response.Headers.Append("Link", link);
            return Task.CompletedTask;
        });
        return next(context);
    });
}
