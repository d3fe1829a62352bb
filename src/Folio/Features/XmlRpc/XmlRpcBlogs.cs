using Folio.Features.Identity;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.XmlRpc;

/// <summary>
/// <c>wp.getUsersBlogs</c>: the blog a desktop editor is set up with, which it asks for first.
/// It is this site, when the caller writes for it; a person with no role here gets none.
/// </summary>
public sealed class XmlRpcBlogs(SiteAccess access, CurrentSite currentSite)
{
    public async Task<object> OfCallerAsync(HttpContext context)
    {
        if (await access.RoleAsync(context.RequestAborted) is not { } role) return Array.Empty<object>();
        var site = currentSite.Required;
        return new[]
        {
            new Dictionary<string, object?>
            {
                ["isAdmin"] = role == SiteRole.Administrator,
                ["url"] = context.SiteUrl("/"),
                ["blogid"] = site.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["blogName"] = site.Title,
                ["xmlrpc"] = context.SiteUrl(XmlRpcApi.Path),
            },
        };
    }
}
