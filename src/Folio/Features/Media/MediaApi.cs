using Folio.Features.Identity;
using Folio.Features.Sites;
using Microsoft.Net.Http.Headers;

namespace Folio.Features.Media;

/// <summary>An image as the post editor and the design customiser pick it from the library.</summary>
public sealed record MediaChoice(long Id, string Url, string Srcset, string Alt, int Width, int Height);

public static class MediaApi
{
    /// <summary>
    /// <c>/media/{path}</c> serves the site's images; <c>/admin/media/library.json</c> lists them
    /// for its members. Both answer on site hosts only.
    /// </summary>
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(MediaUrls.Prefix + "{**path}", ServeAsync).ForSites();
        endpoints.MapGet("/admin/media/library.json", ListAsync).ForSites().RequireAuthorization(SitePolicies.Member);
        return endpoints;
    }

    /// <summary>
    /// Serves a file only when the path parses as one of our generated names and the current
    /// site's data (filtered to that site) holds the item: another site's path, a dot segment or
    /// any other name never reaches the disk.
    /// </summary>
    private static async Task<IResult> ServeAsync(
        string? path, HttpContext context, CurrentSite currentSite, MediaQueries queries, MediaStorage storage, CancellationToken cancellationToken)
    {
        if (!MediaNames.TryParse(path, out var storedName, out var width)) return Results.NotFound();
        var item = await queries.ByStoredNameAsync(storedName, cancellationToken);
        if (item is null) return Results.NotFound();
        if (width is { } copyWidth && !MediaNames.CopyWidths(item.Sizes).Contains(copyWidth)) return Results.NotFound();

        var name = width is { } w ? MediaNames.CopyName(storedName, w) : storedName;
        var file = storage.PathOf(currentSite.Required.Id, name);
        if (!File.Exists(file)) return Results.NotFound();

        // A stored file never changes (a new upload gets a new name), so browsers and proxies may keep it a year.
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.File(
            file,
            item.ContentType,
            lastModified: DateTime.SpecifyKind(item.UploadedAt, DateTimeKind.Utc),
            entityTag: new EntityTagHeaderValue($"\"{name.Replace('/', '-')}\""),
            enableRangeProcessing: true);
    }

    private static async Task<IResult> ListAsync(MediaQueries queries, CancellationToken cancellationToken)
    {
        var items = await queries.LibraryAsync(cancellationToken);
        return Results.Ok(items.Select(item => new MediaChoice(item.Id, MediaUrls.Of(item), MediaUrls.Srcset(item), item.AltText, item.Width, item.Height)));
    }
}
