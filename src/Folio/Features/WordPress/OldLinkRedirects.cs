using System.Globalization;
using Folio.Features.Posts;
using Folio.Features.Sites;

namespace Folio.Features.WordPress;

/// <summary>
/// WordPress's query-string links on a site's home page, answered 301 with the address Folio
/// serves: <c>/?p={id}</c> and <c>/?page_id={id}</c> to the post or page, <c>/?attachment_id={id}</c>
/// to the imported file, <c>/?category_name={slug}</c> and <c>/?tag={slug}</c> to the archives.
/// Runs before routing, so the home page's cached listing is never consulted for them; any other
/// request passes straight through.
/// </summary>
public sealed class OldLinkRedirects(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentSite currentSite)
    {
        var request = context.Request;
        // Public sites only: this runs before anyone is known, and the redirect would name a post's
        // address (its title, nearly) to a stranger; a site that is not public keeps them behind its gate.
        if (currentSite.Site is { Visibility: SiteVisibility.Public } && request.Path == "/" && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.QueryString.HasValue && await TargetAsync(context) is { } target)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = target;
            return;
        }
        await next(context);
    }

    private static async Task<string?> TargetAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var links = context.RequestServices.GetRequiredService<OldLinks>();
        var cancellationToken = context.RequestAborted;
        if ((Id(query["p"]) ?? Id(query["page_id"])) is { } postId) return await links.PostPathAsync(postId, cancellationToken);
        if (Id(query["attachment_id"]) is { } attachmentId) return await links.AttachmentPathAsync(attachmentId, cancellationToken);
        if (query["category_name"].ToString() is { Length: > 0 } category) return PostPaths.Category(LastSegment(category));
        if (query["tag"].ToString() is { Length: > 0 } tag) return PostPaths.Tag(tag);
        return null;
    }

    private static long? Id(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>WordPress names a child category by its path ("parent/child"); Folio's categories are flat.</summary>
    private static string LastSegment(string path) => path.Trim('/').Split('/')[^1];
}
