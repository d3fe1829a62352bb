using System.Text.Encodings.Web;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Embeds;

/// <summary>
/// oEmbed provider at WordPress's address, <c>/wp-json/oembed/1.0/embed?url=…</c>: another
/// site that is given a post's address gets a card for it, as JSON. The card is WordPress's: a
/// frame of the post's embed view (<see cref="EmbedModel"/>) after a quotation of the title as a
/// link, which is all a reader sees where the frame cannot show. WordPress, as the embedding
/// site, shows a discovered provider's card only when its HTML holds such a frame.
/// Each post page links here (<c>rel="alternate" type="application/json+oembed"</c>).
/// </summary>
public static class OEmbedApi
{
    public const string Path = "/wp-json/oembed/1.0/embed";

    /// <summary>WordPress's bounds for the width an embedding site may ask for.</summary>
    private const int MinWidth = 200, MaxWidth = 600;

    /// <summary>The discovery address for a post's absolute URL.</summary>
    public static string DiscoveryPath(string permalink) => $"{Path}?url={Uri.EscapeDataString(permalink)}";

    public static IEndpointRouteBuilder MapOEmbed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, EmbedAsync).ForSites().CacheOutput(SitePageCachePolicy.Name);
        return endpoints;
    }

    private static async Task<IResult> EmbedAsync(string? url, string? format, int? maxwidth, HttpContext context, EmbeddablePosts embeddable, CurrentSite currentSite)
    {
        if (format is not (null or "json")) // the spec's answer for a format not offered
            return Results.Json(new { code = "oembed_format_not_supported", message = "Only JSON is offered.", data = new { status = 501 } },
                statusCode: StatusCodes.Status501NotImplemented);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || !address.Host.Equals(context.Request.Host.Host, StringComparison.OrdinalIgnoreCase))
            return NotHere();
        var post = await embeddable.AtAsync(address.AbsolutePath, context.RequestAborted);
        if (post is null) return NotHere();

        var site = currentSite.Required;
        var permalink = context.SiteUrl(post.Path);
        var width = Math.Clamp(maxwidth ?? MaxWidth, MinWidth, MaxWidth);
        // WordPress's height for the width; the embed view then tells the framing page its real height.
        var height = Math.Max((int)Math.Ceiling(width * 9 / 16.0), MinWidth);
        var html = HtmlEncoder.Default;
        var card = $"<blockquote class=\"wp-embedded-content\"><a href=\"{html.Encode(permalink)}\">{html.Encode(post.Title)}</a></blockquote>"
            + $"<iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\" security=\"restricted\" src=\"{html.Encode(context.SiteUrl(EmbeddablePosts.EmbedPath(post.Path)))}\""
            + $" width=\"{width}\" height=\"{height}\" title=\"{html.Encode($"“{post.Title}” — {site.Title}")}\" frameborder=\"0\" marginwidth=\"0\" marginheight=\"0\" scrolling=\"no\"></iframe>";
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
            ["height"] = height,
            ["html"] = card,
            ["thumbnail_url"] = post.FeaturedImageUrl is { } image ? context.SiteUrl(image) : null,
        });
    }

    private static IResult NotHere() =>
        Results.Json(new { code = "oembed_invalid_url", message = "Not Found", data = new { status = 404 } }, statusCode: StatusCodes.Status404NotFound);
}
