using Folio.Features.Identity;
using Folio.Features.Sites;

namespace Folio.Features.WordPress;

/// <summary><c>/admin/export/wxr/</c>: the site as a WordPress export file, written as it downloads (administrators).</summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapWordPressExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/export/wxr/", Export).ForSites().RequireAuthorization(SitePolicies.Administrator);
        return endpoints;
    }

    private static IResult Export(HttpContext context, WxrExporter exporter, CurrentSite currentSite, TimeProvider clock)
    {
        var name = $"{currentSite.Required.Slug}.wordpress.{clock.GetUtcNow():yyyy-MM-dd}.xml";
        return Results.Stream(output => exporter.WriteAsync(output, context.RequestAborted), "application/xml; charset=utf-8", name);
    }
}
