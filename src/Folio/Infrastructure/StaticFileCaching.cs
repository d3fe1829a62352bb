using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Folio.Infrastructure;

internal static class StaticFileCaching
{
    /// <summary>
    /// Pages link static files with a content hash (<c>asp-append-version</c>), so a changed file
    /// gets a new URL and browsers may keep every version for a year.
    /// </summary>
    public static void LongLived(StaticFileResponseContext context)
    {
        if (context.Context.Request.Query.ContainsKey("v"))
            context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
    }
}
