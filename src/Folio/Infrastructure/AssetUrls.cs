using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Folio.Infrastructure;

/// <summary>
/// A static file's URL with its content version (<c>?v=…</c>), exactly as <c>asp-append-version</c>
/// writes it, for the layouts every page renders: the tag helper costs an activation, a URL helper
/// and a buffered element per link on every uncached render; the version itself is kept by the
/// same provider either way.
/// </summary>
public static class AssetUrls
{
    public static string Asset(this HttpContext context, string path) =>
        context.RequestServices.GetRequiredService<IFileVersionProvider>().AddFileVersionToPath(context.Request.PathBase, context.Request.PathBase + path);
}
