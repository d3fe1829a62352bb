using Folio.Features.Posts;

namespace Folio.Features.RestApi;

/// <summary>WordPress's post statuses and Folio's.</summary>
public static class RestPostStatus
{
    public static string Name(PostStatus status) => status switch
    {
        PostStatus.Published => "publish",
        PostStatus.Scheduled => "future",
        PostStatus.Trash => "trash",
        _ => "draft",
    };

    /// <summary>
    /// The status a client asks for, as Folio keeps it: "pending" (a contributor's "submit for
    /// review") is a draft here, which the site's editors see. Null for "private" and unknown
    /// words: Folio has no private posts.
    /// </summary>
    public static PostStatus? Parse(string name) => name switch
    {
        "publish" => PostStatus.Published,
        "future" => PostStatus.Scheduled,
        "draft" or "pending" => PostStatus.Draft,
        _ => null,
    };
}
