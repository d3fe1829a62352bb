using Folio.Features.Sites;
using Microsoft.AspNetCore.Http.Extensions;

namespace Folio.Features.RestApi;

/// <summary>
/// What WordPress's REST server does to a request before it finds the route, so that its clients
/// reach the same endpoints on Folio: <c>?rest_route=/wp/v2/…</c> for sites without pretty links,
/// a POST that says the method it means (<c>X-HTTP-Method-Override</c> or <c>?_method=</c>, as
/// <c>@wordpress/api-fetch</c> sends DELETE, PUT and PATCH), and cross-origin access as
/// WordPress's <c>rest_send_cors_headers</c> grants it.
/// </summary>
public static class RestRequests
{
    public const string RouteParameter = "rest_route";
    public const string MethodParameter = "_method";
    public const string MethodOverrideHeader = "X-HTTP-Method-Override";

    private const string AllowedMethods = "OPTIONS, GET, POST, PUT, PATCH, DELETE";
    private const string AllowedHeaders = "Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type";
    private const string ExposedHeaders = "X-WP-Total, X-WP-TotalPages, Link";
    private static readonly HashSet<string> Overridable = new(StringComparer.OrdinalIgnoreCase) { HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete };

    /// <summary>Before routing: the request is taken as WordPress's REST server would take it.</summary>
    public static IApplicationBuilder UseRestApiRequests(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.RequestServices.GetRequiredService<CurrentSite>().Kind != HostKind.Site) return next(context);
        var request = context.Request;
        TakeRouteParameter(request);
        if (!request.Path.StartsWithSegments(RestApiRoutes.Root.TrimEnd('/'))) return next(context);

        AllowOtherOrigins(context);
        // A preflight asks only whether the call may be made; the headers above answer it.
        if (HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey("Access-Control-Request-Method"))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        }
        TakeMethodOverride(request);
        return next(context);
    });

    /// <summary>
    /// <c>/?rest_route=/wp/v2/posts&amp;page=2</c> is <c>/wp-json/wp/v2/posts?page=2</c>, as in
    /// WordPress, and so is <c>/index.php?rest_route=…</c>, the form its clients build from the
    /// API root a site without pretty links announces.
    /// </summary>
    private static void TakeRouteParameter(HttpRequest request)
    {
        if (request.Path != "/" && request.Path != "/index.php" || request.Query[RouteParameter].ToString() is not { Length: > 0 } route) return;
        request.Path = RestApiRoutes.Root.TrimEnd('/') + "/" + route.TrimStart('/');
        var rest = new QueryBuilder(request.Query.Where(p => p.Key != RouteParameter));
        request.QueryString = rest.ToQueryString();
    }

    /// <summary>
    /// A POST that names PUT, PATCH or DELETE is taken as that method; <c>_method</c> first, as
    /// WordPress reads them. Only a POST: a link followed by a GET never changes anything.
    /// </summary>
    private static void TakeMethodOverride(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method)) return;
        var wanted = request.Query[MethodParameter].ToString() is { Length: > 0 } parameter ? parameter : request.Headers[MethodOverrideHeader].ToString();
        if (Overridable.Contains(wanted)) request.Method = wanted.ToUpperInvariant();
    }

    /// <summary>
    /// WordPress echoes the caller's origin with credentials allowed. That is safe here as there:
    /// a browser's cookie is no credential for this API (see <see cref="RestAuthentication"/>),
    /// so another site's page gets only what its own script sends, such as an application password.
    /// Written as the answer starts: an answer served from the output cache (oEmbed's) brings the
    /// headers of the request that filled it, which must name this caller's origin, or none.
    /// </summary>
    private static void AllowOtherOrigins(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.Vary.Contains("Origin")) headers.Append("Vary", "Origin");
            headers.AccessControlExposeHeaders = ExposedHeaders;
            headers.AccessControlAllowHeaders = AllowedHeaders;
            if (origin.Length == 0)
            {
                headers.Remove("Access-Control-Allow-Origin");
                headers.Remove("Access-Control-Allow-Methods");
                headers.Remove("Access-Control-Allow-Credentials");
            }
            else
            {
                headers.AccessControlAllowOrigin = origin;
                headers.AccessControlAllowMethods = AllowedMethods;
                headers.AccessControlAllowCredentials = "true";
            }
            return Task.CompletedTask;
        });
    }
}
