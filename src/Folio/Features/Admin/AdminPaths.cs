using Folio.Features.Posts;

namespace Folio.Features.Admin;

public static class AdminPaths
{
    /// <summary>The dashboard's list of posts, or of static pages.</summary>
    public static string List(PostKind kind) => kind == PostKind.Page ? "/admin/pages/" : "/admin/";
}
