using System.Text;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;

namespace Folio.Features.WordPress;

/// <summary>
/// WordPress's other addresses, answered 301 with Folio's in one hop, so a site moved from
/// WordPress keeps its links: the "month and name" permalinks <c>/{yyyy}/{MM}/{slug}/</c>, nested
/// category paths <c>/category/{parent}/{child}/</c> (Folio's categories are flat, so the last
/// one names it), <c>/archives/{id}</c>, child pages <c>/{parent}/{child}/</c> and any other
/// permalink structure ending in the post's name (<c>/%category%/%postname%/</c>,
/// <c>/blog/%postname%/</c>), each post's <c>…/{slug}/feed/</c>, and the WordPress places people
/// and programs still visit: <c>/wp-login.php</c>, <c>/wp-admin/</c>, <c>/wp-sitemap.xml</c>, and files under
/// <c>/wp-content/uploads/</c>.
/// </summary>
public static class OldLinksApi
{
    public static IEndpointRouteBuilder MapOldLinks(this IEndpointRouteBuilder endpoints)
    {
        var links = endpoints.MapGroup("").ForSites();
        links.MapGet("/{year:int:range(1,9999)}/{month:int:range(1,12)}/{slug}/", MonthAndNameAsync);
        links.MapGet("/category/{**path}", NestedCategory);
        links.MapGet("/archives/{id:long}/{**rest}", ArchivesAsync);
        links.MapGet("/wp-login.php", LogIn);
        links.MapGet("/wp-admin/{**rest}", () => Results.Redirect("/admin/", permanent: true));
        links.MapGet("/wp-sitemap.xml", () => Results.Redirect("/sitemap.xml", permanent: true));
        links.MapGet(UploadsPaths.Folder + "{**path}", UploadAsync);
        // Routing tries every more specific address first: this only sees paths nothing else
        // serves. It takes every method, so that a form sent to an unknown address is answered
        // 404, not 405 for want of a GET.
        links.Map("/{**path}", DeeperPathAsync);
        return endpoints;
    }

    /// <summary>A post by its slug, or, renamed or re-dated since, by the slug it had that month.</summary>
    private static async Task<IResult> MonthAndNameAsync(int year, int month, string slug, OldLinks links, PostOldPathRedirects oldPaths, CancellationToken cancellationToken) =>
        (await links.PostPathBySlugAsync(slug, cancellationToken) ?? (await oldPaths.TargetInMonthAsync(year, month, slug, cancellationToken))?.Path) is { } path
            ? Results.Redirect(path, permanent: true)
            : Results.NotFound();

    /// <summary><c>parent/child/</c>, <c>parent/child/page/2/</c> or <c>parent/child/feed/</c> to the child's own address.</summary>
    private static IResult NestedCategory(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var suffixAt = Array.FindIndex(segments, s => s is "page" or "feed");
        var names = suffixAt < 0 ? segments : segments[..suffixAt];
        if (names.Length < 2) return Results.NotFound();
        var suffix = suffixAt < 0 ? "" : string.Join('/', segments[suffixAt..]) + "/";
        return Results.Redirect(PostPaths.Category(Uri.UnescapeDataString(names[^1])) + suffix, permanent: true);
    }

    /// <summary>
    /// A first segment that is one of Folio's own areas. A number is not: it starts WordPress's
    /// dated permalinks (<c>/%year%/%postname%/</c>, and a dated post's attachment pages).
    /// </summary>
    private static bool IsFolioArea(string segment) => SavePostHandler.IsReservedPageSlug(segment) && !segment.All(char.IsAsciiDigit);

    /// <summary>WordPress's numeric permalinks, <c>/archives/123</c>: the post with that WordPress (or Folio) ID.</summary>
    private static async Task<IResult> ArchivesAsync(long id, OldLinks links, CancellationToken cancellationToken) =>
        await links.PostPathAsync(id, cancellationToken) is { } path ? Results.Redirect(path, permanent: true) : Results.NotFound();

    /// <summary>A file under WordPress's uploads folder, or one of its sizes: the imported copy in the media library.</summary>
    private static async Task<IResult> UploadAsync(string path, OldLinks links, CancellationToken cancellationToken) =>
        await links.UploadPathAsync(path, cancellationToken) is { } file ? Results.Redirect(file, permanent: true) : Results.NotFound();

    /// <summary>WordPress's log-in page, with the page it was to return to when that is one of this site's.</summary>
    private static IResult LogIn(string? redirect_to) => Results.Redirect(LoginModel.PathReturningTo(redirect_to), permanent: true);

    /// <summary>
    /// A path of two or more segments that nothing else serves, whose last segment (before
    /// <c>feed/</c>) names a public page or post of this site (a child page, another permalink
    /// structure, or a post's feed), or else an imported upload (an attachment page). The first segment must not be one of Folio's own areas, so
    /// <c>/admin/…</c> or <c>/media/…</c> never lead to a post.
    /// </summary>
    private static async Task<IResult> DeeperPathAsync(string path, HttpRequest request, OldLinks links, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return Results.NotFound();
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var wantsFeed = segments.Length > 0 && segments[^1] == "feed";
        var names = wantsFeed ? segments[..^1] : segments;
        if (names.Length == 0 || names.Length + (wantsFeed ? 1 : 0) < 2 || IsFolioArea(names[0].ToLowerInvariant()))
            return Results.NotFound();
        var slug = names[^1].Normalize(NormalizationForm.FormC);
        if (await links.PathBySlugAsync(slug, cancellationToken) is not var (kind, target))
            return !wantsFeed && await links.AttachmentPathBySlugAsync(slug, cancellationToken) is { } file ? Results.Redirect(file, permanent: true) : Results.NotFound();
        // Folio keeps a feed of each post's comments, not of a page's.
        if (wantsFeed) return kind == PostKind.Post ? Results.Redirect(target + "feed/", permanent: true) : Results.NotFound();
        return Results.Redirect(target, permanent: true);
    }
}
