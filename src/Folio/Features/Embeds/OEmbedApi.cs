using System.Text.Encodings.Web;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Embeds;

/// <summary>
/// oEmbed provider at WordPress's address, <c>/wp-json/oembed/1.0/embed?url=…</c>: another
/// site that is given a post's address gets a card for it (title, excerpt, site), as JSON.
/// Each post page links here (<c>rel="alternate" type="application/json+oembed"</c>).
/// </summary>
public static class OEmbedApi
{
    public const string Path = "/wp-json/oembed/1.0/embed";
    private const int DefaultWidth = 600;

    /// <summary>The discovery address for a post's absolute URL.</summary>
    public static string DiscoveryPath(string permalink) => $"{Path}?url={Uri.EscapeDataString(permalink)}";

    public static IEndpointRouteBuilder MapOEmbed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, EmbedAsync).ForSites().CacheOutput(SitePageCachePolicy.Name);
        return endpoints;
    }

    private static async Task<IResult> EmbedAsync(string? url, string? format, int? maxwidth, HttpContext context, PostQueries posts, CurrentSite currentSite)
    {
        if (format is not (null or "json")) // the spec's answer for a format not offered
            return Results.Json(new { code = "oembed_format_not_supported", message = "Only JSON is offered.", data = new { status = 501 } },
                statusCode: StatusCodes.Status501NotImplemented);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || !address.Host.Equals(context.Request.Host.Host, StringComparison.OrdinalIgnoreCase))
            return NotHere();
        var post = await FindAsync(address.AbsolutePath, posts, context.RequestAborted);
        if (post is null) return NotHere();

        var site = currentSite.Required;
        var permalink = context.SiteUrl(post.Path);
        var width = Math.Clamp(maxwidth ?? DefaultWidth, 200, DefaultWidth);
        var html = HtmlEncoder.Default;
        var card = $"<blockquote class=\"folio-embed\"><p><a href=\"{html.Encode(permalink)}\">{html.Encode(post.Title)}</a></p>"
            + (post.Excerpt.Length > 0 ? $"<p>{html.Encode(post.Excerpt)}</p>" : "")
            + $"<p>— {html.Encode(site.Title)}</p></blockquote>";
        return Results.Json(new Dictionary<string, object?>
        {
            ["version"] = "1.0",
            ["type"] = "rich",
            ["provider_name"] = site.Title,
            ["provider_url"] = context.SiteUrl("/"),
            ["author_name"] = post.Author.DisplayName,
            ["author_url"] = context.SiteUrl(post.Author.Path),
            ["title"] = post.Title,
            ["width"] = width,
            ["height"] = null,
            ["html"] = card,
            ["thumbnail_url"] = post.FeaturedImageUrl is { } image ? context.SiteUrl(image) : null,
        });
    }

    /// <summary>The public post or page at a path of this site: <c>/{yyyy}/{MM}/{dd}/{slug}/</c> or <c>/{slug}/</c>.</summary>
    private static async Task<PostView?> FindAsync(string path, PostQueries posts, CancellationToken cancellationToken)
    {
        var segments = path.Trim('/').Split('/');
        var (slug, kind) = segments.Length switch
        {
            4 => (segments[3], PostKind.Post),
            1 => (segments[0], PostKind.Page),
            _ => ("", PostKind.Post),
        };
        if (slug.Length == 0) return null;
        var post = await posts.FindBySlugAsync(slug, kind, cancellationToken);
        return post is not null && post.Path == path ? post : null;
    }

    private static IResult NotHere() =>
        Results.Json(new { code = "oembed_invalid_url", message = "Not Found", data = new { status = 404 } }, statusCode: StatusCodes.Status404NotFound);
}
