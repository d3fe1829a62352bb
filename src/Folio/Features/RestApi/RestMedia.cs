using Folio.Data;
using Folio.Features.Media;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>/wp-json/wp/v2/media</c>: the site's uploaded images (read only), with their sizes and
/// alternative text. Uploads are public files already; the uploader's account is named by id only.
/// </summary>
public sealed class RestMedia(FolioDbContext db, CurrentSite currentSite)
{
    private static readonly string[] OrderBys = ["date", "id"];

    public async Task<IResult> ListAsync(HttpContext context)
    {
        var (paging, error) = RestPaging.From(context.Request, "date", OrderBys);
        if (paging is null) return error!;
        var query = db.Media.AsNoTracking();
        foreach (var (name, include) in new[] { ("include", true), ("exclude", false) })
        {
            var (ids, invalid) = RestPaging.Ids(context.Request, name);
            if (invalid is not null) return invalid;
            if (ids is not null) query = query.Where(m => ids.Contains(m.Id) == include);
        }
        var total = await query.CountAsync(context.RequestAborted);
        var ordered = (paging.OrderBy, paging.Ascending) switch
        {
            ("id", true) => query.OrderBy(m => m.Id),
            ("id", false) => query.OrderByDescending(m => m.Id),
            (_, true) => query.OrderBy(m => m.UploadedAt).ThenBy(m => m.Id),
            _ => query.OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id),
        };
        var items = new List<Dictionary<string, object?>>();
        foreach (var item in await ordered.Skip(paging.Skip).Take(paging.PerPage).ToListAsync(context.RequestAborted))
            items.Add(await WithEmbedsAsync(item, context));
        return paging.Answer(context.Response, total, items);
    }

    public async Task<IResult> OneAsync(long id, HttpContext context) =>
        await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, context.RequestAborted) is { } item
            ? Results.Json(await WithEmbedsAsync(item, context))
            : RestPaging.NotFound("rest_post_invalid_id", "Invalid post ID.");

    /// <summary>The item, with what <c>?_embed</c> asks for.</summary>
    private async Task<Dictionary<string, object?>> WithEmbedsAsync(MediaItem item, HttpContext context)
    {
        var shaped = Shape(item, context);
        // Resolved here, not injected: a post's embeds hold its featured image.
        if (RestEmbeds.Wanted(context.Request))
            shaped["_embedded"] = await context.RequestServices.GetRequiredService<RestEmbeds>().ForMediaAsync(item.UploaderId, context);
        return shaped;
    }

    /// <summary>One image in the API's shape, or null when the site has none with this id.</summary>
    public async Task<Dictionary<string, object?>?> FindAsync(long id, HttpContext context) =>
        await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, context.RequestAborted) is { } item ? Shape(item, context) : null;

    private Dictionary<string, object?> Shape(MediaItem item, HttpContext context)
    {
        var source = context.SiteUrl(MediaUrls.Of(item));
        var title = Path.GetFileNameWithoutExtension(item.OriginalName);
        var collection = RestApiRoutes.Url(context, "media");
        var sizes = MediaNames.CopyWidths(item.Sizes).ToDictionary(
            width => width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            width => (object)new { width, height = (int)Math.Round(item.Height * (double)width / item.Width), mime_type = item.ContentType, source_url = context.SiteUrl(MediaUrls.AtLeast(item, width)) });
        sizes["full"] = new { width = item.Width, height = item.Height, mime_type = item.ContentType, source_url = source };
        return new Dictionary<string, object?>
        {
            ["id"] = item.Id,
            ["date"] = RestDates.Format(currentSite.Required.Clock.ToLocal(item.UploadedAt)),
            ["date_gmt"] = RestDates.Format(item.UploadedAt),
            ["modified"] = RestDates.Format(currentSite.Required.Clock.ToLocal(item.UploadedAt)),
            ["modified_gmt"] = RestDates.Format(item.UploadedAt),
            ["slug"] = Slugs.From(title),
            ["status"] = "inherit",
            ["type"] = "attachment",
            ["link"] = source,
            ["title"] = new { rendered = System.Net.WebUtility.HtmlEncode(title) },
            ["author"] = item.UploaderId,
            ["alt_text"] = item.AltText,
            ["caption"] = new { rendered = "" },
            ["description"] = new { rendered = "" },
            ["media_type"] = "image",
            ["mime_type"] = item.ContentType,
            ["source_url"] = source,
            ["media_details"] = new { width = item.Width, height = item.Height, file = item.StoredName, filesize = item.Bytes, sizes },
            ["_links"] = new Dictionary<string, object>
            {
                ["self"] = new[] { new { href = $"{collection}/{item.Id}" } },
                ["collection"] = new[] { new { href = collection } },
                ["author"] = new[] { new { embeddable = true, href = $"{RestApiRoutes.Url(context, "users")}/{item.UploaderId}" } },
            },
        };
    }
}
