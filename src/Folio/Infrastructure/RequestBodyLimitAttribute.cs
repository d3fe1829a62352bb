using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Folio.Infrastructure;

/// <summary>
/// The most a page's requests may carry (issue 18: a comment does not need Kestrel's 30 MB).
/// As endpoint metadata (<see cref="IRequestSizeLimitMetadata"/>) it sets the server's own limit,
/// which stops a body that lies about its length; as a page filter it refuses, in words and before
/// anything reads the body, a request whose declared length is over it, which the server would
/// answer with a bare status (antiforgery or model binding reads the form first and fails).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequestBodyLimitAttribute(long maxBytes, string refusal) : Attribute, IRequestSizeLimitMetadata, IAsyncAuthorizationFilter, IOrderedFilter
{
    public long? MaxRequestBodySize => maxBytes;

    /// <summary>Before the antiforgery filter, which reads the whole form.</summary>
    public int Order => int.MinValue;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.HttpContext.Request.ContentLength > maxBytes)
        {
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ContentType = "text/plain; charset=utf-8",
                Content = refusal,
            };
        }
        return Task.CompletedTask;
    }
}
