using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Folio.Features.Media;

/// <summary>
/// Refuses, in words and before anything reads it, a request to the library page that says it is
/// larger than an upload may be. The server's own request size limit stops a body that lies about
/// its length, but its refusal would surface as a bare 400 (antiforgery validation reads the form
/// first and fails), so the honest case is answered here.
/// </summary>
internal sealed class OversizedUploadFilter(MediaOptions options) : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery filter, which reads the whole form.</summary>
    public int Order => int.MinValue;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.HttpContext.Request.ContentLength > options.MaxRequestBytes)
        {
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ContentType = "text/plain; charset=utf-8",
                Content = $"This upload is larger than {FileSizes.Readable(options.MaxUploadBytes)}, the largest image this site accepts. Nothing was saved. Please go back and choose a smaller file.",
            };
        }
        return Task.CompletedTask;
    }
}
