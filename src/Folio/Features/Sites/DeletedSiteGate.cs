using System.Globalization;
using System.Text.Encodings.Web;
using Folio.Features.Identity;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Sites;

/// <summary>
/// A site its owner deleted (<see cref="SiteDeletion"/>) is offline at once: every page, feed and
/// API of it answers 410 Gone with a plain page that says so. Its members are told when it will
/// be removed, and its administrators where to restore it; the dashboard and log-in stay open so
/// that they can. Runs after authentication, to know who is asking; the output cache never keeps
/// a 410, and deleting evicts what it kept of the site.
/// </summary>
public sealed class DeletedSiteGate(RequestDelegate next)
{
    /// <summary>What a deleted site still answers: the way to its dashboard, where it is restored.</summary>
    private static readonly string[] StillOpen = ["/admin", "/login", "/logout"];

    public async Task InvokeAsync(HttpContext context, CurrentSite currentSite, SiteAccess access, Localizer T)
    {
        if (currentSite.Site is not { DeleteAfter: { } deleteAfter } site
            || StillOpen.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }
        var role = await access.RoleAsync(context.RequestAborted);
        var html = HtmlEncoder.Default;
        var said = html.Encode(T["This site was deleted by its owner."]);
        var forMembers = role is null ? "" :
            $"<p>{html.Encode(T["It will be removed for good on {0}.", site.Clock.ToLocal(deleteAfter).ToString("D", CultureInfo.CurrentCulture)])}</p>" +
            (role == SiteRole.Administrator
                ? $"<p><a href=\"/admin/settings/delete/\">{html.Encode(T["Restore it"])}</a></p>"
                : $"<p>{html.Encode(T["Its administrators can restore it until then."])}</p>");
        context.Response.StatusCode = StatusCodes.Status410Gone;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{html.Encode(CultureInfo.CurrentUICulture.Name)}\" dir=\"{(CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\">" +
            $"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><title>{said}</title></head>" +
            $"<body><main><h1>{said}</h1>{forMembers}</main></body></html>", context.RequestAborted);
    }
}
