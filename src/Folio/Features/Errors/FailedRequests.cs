using Microsoft.AspNetCore.Diagnostics;

namespace Folio.Features.Errors;

/// <summary>
/// Every request that failed with an exception: logged once with its request id, which the
/// reader's "Something went wrong" page (or a JSON client's error) shows, so that an
/// administrator can find the exception from what the reader quotes. Pages are left to the
/// error page that the exception handler runs next.
/// </summary>
internal sealed class FailedRequests(ILogger<FailedRequests> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The handler has already pointed the request at the error page: the failed address is kept in the feature.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        logger.LogError(exception, "Request {RequestId} ({Method} {Host}{Path}) failed.", context.TraceIdentifier, context.Request.Method, context.Request.Host, path);
        if (!JsonErrors.AreWantedAt(path)) return false;
        await JsonErrors.ServerError(context.TraceIdentifier).ExecuteAsync(context);
        return true;
    }
}
