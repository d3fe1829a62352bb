using Folio.Features.Media;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;

namespace Folio.Features.XmlRpc;

/// <summary>
/// <c>wp.uploadFile</c> and <c>metaWeblog.newMediaObject</c>: an image sent as base64 in the call,
/// taken by the library's own upload (<see cref="UploadMediaHandler"/>), with the same roles,
/// formats and limits as the dashboard and the REST API, and answered as WordPress answers it.
/// </summary>
public sealed class XmlRpcMedia(UploadMediaHandler upload)
{
    public async Task<object> UploadAsync(IReadOnlyDictionary<string, object?> data, HttpContext context)
    {
        var name = XmlRpcValues.Text(data.GetValueOrDefault("name"));
        if (string.IsNullOrWhiteSpace(name)) throw new XmlRpcFault(500, "Could not write file: the struct has no name for it.");
        if (data.GetValueOrDefault("bits") is not byte[] { Length: > 0 } bits)
            throw new XmlRpcFault(500, "Could not write file: its bits are missing (send the file as a base64 value named bits).");

        UploadMediaResult result;
        // The API answers in English, as WordPress's does, whatever the site's language.
        using (LanguageScope.Of(Catalogues.English))
            result = await upload.HandleAsync(new UploadMedia(name, new MemoryStream(bits, writable: false), ""), context.RequestAborted);
        if (result.Refusal is { } refusal)
            throw new XmlRpcFault(refusal.StatusCode == StatusCodes.Status403Forbidden ? 401 : 500, refusal.Message);

        var item = result.Item!;
        var id = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var url = context.SiteUrl(MediaUrls.Of(item));
        return new Dictionary<string, object?>
        {
            ["attachment_id"] = id,
            ["date_created_gmt"] = item.UploadedAt,
            ["parent"] = 0,
            ["link"] = url,
            ["title"] = Path.GetFileNameWithoutExtension(item.OriginalName),
            ["caption"] = "",
            ["description"] = "",
            ["metadata"] = new Dictionary<string, object?> { ["width"] = item.Width, ["height"] = item.Height, ["file"] = item.StoredName },
            ["type"] = item.ContentType,
            ["thumbnail"] = url,
            ["id"] = id,
            ["file"] = item.OriginalName,
            ["url"] = url,
        };
    }
}
