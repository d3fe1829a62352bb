using Folio.Features.Posts;

namespace Folio.Features.Admin;

public static class PostStatusNames
{
    public static string Singular(PostStatus status) => status switch
    {
        PostStatus.Draft => "Draft",
        PostStatus.Scheduled => "Scheduled",
        PostStatus.Trash => "Trash",
        _ => "Published",
    };

    public static string Plural(PostStatus status) => status switch
    {
        PostStatus.Draft => "Drafts",
        PostStatus.Scheduled => "Scheduled",
        PostStatus.Trash => "Trash",
        _ => "Published",
    };
}
