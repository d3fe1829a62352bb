using Folio.Infrastructure;

namespace Folio.Features.Posts;

/// <summary>
/// WordPress-compatible paths of a site's pages, so imported sites keep their links; written in
/// the one form pages compare a request's path with (<see cref="CanonicalPaths"/>).
/// </summary>
public static class PostPaths
{
    public static string Permalink(DateTime publishedAt, string slug) =>
        $"/{publishedAt:yyyy}/{publishedAt:MM}/{publishedAt:dd}/{CanonicalPaths.Segment(slug)}/";

    /// <summary>Where a published post or page lives: a page at the root, a post under its date.</summary>
    public static string Of(PostKind kind, DateTime publishedAt, string slug) =>
        kind == PostKind.Page ? Page(slug) : Permalink(publishedAt, slug);

    /// <summary>A static page lives at the root of the site.</summary>
    public static string Page(string slug) => $"/{CanonicalPaths.Segment(slug)}/";

    public static string Category(string slug) => $"/category/{CanonicalPaths.Segment(slug)}/";
    public static string Tag(string slug) => $"/tag/{CanonicalPaths.Segment(slug)}/";
    public static string Author(string name) => $"/author/{CanonicalPaths.Segment(name)}/";
    public static string Year(int year) => $"/{year:D4}/";
    public static string Month(int year, int month) => $"/{year:D4}/{month:D2}/";

    /// <summary>Page <paramref name="page"/> of a listing whose first page is at <paramref name="basePath"/>.</summary>
    public static string Paged(string basePath, int page) => page <= 1 ? basePath : $"{basePath}page/{page}/";
}
