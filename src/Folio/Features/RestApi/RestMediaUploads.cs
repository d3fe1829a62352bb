using Folio.Features.Identity;
using Folio.Features.Media;
using Folio.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Folio.Features.RestApi;

/// <summary>
/// <c>POST /wp-json/wp/v2/media</c>: an image uploaded as WordPress's clients send it, either the
/// file itself as the body (named by <c>Content-Disposition: attachment; filename=…</c>, with
/// <c>alt_text</c> in the query) or a multipart form with a <c>file</c> field. The library's own
/// upload takes it, with the same roles, formats and limits as the dashboard.
/// </summary>
public sealed class RestMediaUploads(SiteAccess access, UploadMediaHandler upload, RestMedia media, IOptions<MediaOptions> options)
{
    public async Task<IResult> CreateAsync(HttpContext context)
    {
        if (access.AccountId is null)
            return RestPaging.Error("rest_cannot_create", "Sorry, you are not allowed to upload media on this site: sign in with an application password.", StatusCodes.Status401Unauthorized);
        // An image may be larger than the API's limit for other requests; the library's own limit applies.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.Value.MaxRequestBytes;
        try
        {
            var (file, error) = await FileOfAsync(context.Request);
            if (file is null) return error!;
            UploadMediaResult result;
            // The API answers in English, as WordPress's does, whatever the site's language.
            using (LanguageScope.Of(Catalogues.English))
                result = await upload.HandleAsync(file, context.RequestAborted);
            if (result.Refusal is { } refusal) return Refused(refusal);
            var url = $"{RestApiRoutes.Url(context, "media")}/{result.Item!.Id}";
            return RestPaging.Created(context, url, await media.FindAsync(result.Item.Id, context));
        }
        // A body larger than the limit, stopped by the server before the handler could count it.
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return RestPaging.Error("rest_upload_file_too_big",
                $"The file is larger than {FileSizes.Readable(options.Value.MaxUploadBytes)}, the largest image this site accepts.", StatusCodes.Status413PayloadTooLarge);
        }
    }

    /// <summary>The upload the request carries, or WordPress's error for a request that carries none.</summary>
    private static async Task<(UploadMedia? File, IResult? Error)> FileOfAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            if (form.Files.GetFile("file") is not { Length: > 0 } posted)
                return (null, RestPaging.Error("rest_upload_no_data", "No data supplied: send the image as the form's \"file\" field.", StatusCodes.Status400BadRequest));
            return (new UploadMedia(posted.FileName, posted.OpenReadStream(), form["alt_text"].ToString()), null);
        }
        if (request.ContentLength is 0)
            return (null, RestPaging.Error("rest_upload_no_data", "No data supplied: the request's body is empty.", StatusCodes.Status400BadRequest));
        if (!ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            || HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName) is not { Length: > 0 } name)
            return (null, RestPaging.Error("rest_upload_no_content_disposition",
                "No Content-Disposition supplied: name the file with a header such as Content-Disposition: attachment; filename=photo.jpg.", StatusCodes.Status400BadRequest));
        return (new UploadMedia(name.ToString(), request.Body, request.Query["alt_text"].ToString()), null);
    }

    private static IResult Refused(MediaRefusal refusal) => RestPaging.Error(refusal.StatusCode switch
    {
        StatusCodes.Status403Forbidden => "rest_cannot_create",
        StatusCodes.Status413PayloadTooLarge => "rest_upload_file_too_big",
        _ => "rest_upload_invalid_file",
    }, refusal.Message, refusal.StatusCode);
}
