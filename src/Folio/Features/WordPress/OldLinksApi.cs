using Folio.Features.Posts;
using Folio.Features.Sites;

namespace Folio.Features.WordPress;

/// <summary>
/// WordPress's other permalink shapes, answered 301 with Folio's: <c>/{yyyy}/{MM}/{slug}/</c>
/// (the "month and name" structure) and nested category paths <c>/category/{parent}/{child}/</c>
/// (Folio's categories are flat, so the last one names it).
/// </summary>
public static class OldLinksApi
{
    public static IEndpointRouteBuilder MapOldLinks(this IEndpointRouteBuilder endpoints)
    {
        var links = endpoints.MapGroup("").ForSites();
        links.MapGet("/{year:int:range(1,9999)}/{month:int:range(1,12)}/{slug}/", MonthAndNameAsync);
        links.MapGet("/category/{**path}", NestedCategory);
        return endpoints;
    }

    private static async Task<IResult> MonthAndNameAsync(string slug, OldLinks links, CancellationToken cancellationToken) =>
        await links.PostPathBySlugAsync(slug, cancellationToken) is { } path ? Results.Redirect(path, permanent: true) : Results.NotFound();

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
}
