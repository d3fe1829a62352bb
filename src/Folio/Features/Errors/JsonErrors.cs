using Folio.Features.RestApi;
using Microsoft.AspNetCore.WebUtilities;

namespace Folio.Features.Errors;

/// <summary>
/// Which requests are answered in JSON when they fail, and the error they get: WordPress's
/// shape (<c>{code, message, data: {status}}</c>), which REST clients such as <c>wpapi</c> read.
/// </summary>
public static class JsonErrors
{
    /// <summary>The REST API and oEmbed (<c>/wp-json/…</c>) and Folio's own JSON addresses (such as the likes' <c>/likes/{id}.json</c>).</summary>
    public static bool AreWantedAt(PathString path) =>
        path.StartsWithSegments(RestApiRoutes.Root.TrimEnd('/')) || (path.Value?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>An error that left no body: WordPress answers an unknown route, or a known one asked with another method, as <c>rest_no_route</c>.</summary>
    public static IResult ForStatus(int status) => status is StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed
        ? RestPaging.Error("rest_no_route", "No route was found matching the URL and request method.", status)
        : RestPaging.Error("rest_error", ReasonPhrases.GetReasonPhrase(status), status);

    /// <summary>A failure of Folio's own, named by the request id that its log line carries; never the exception's text.</summary>
    public static IResult ServerError(string requestId) => RestPaging.Error("internal_server_error",
        $"Something went wrong on our side and the request was not completed. The site's administrator can look it up by its request id, {requestId}.",
        StatusCodes.Status500InternalServerError);
}
