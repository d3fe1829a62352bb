using Folio.Features.Posts;
using Folio.Infrastructure.Localization;

namespace Folio.Features.WordPress;

/// <summary>WordPress's post statuses in Folio's terms, and back.</summary>
public static class WordPressStatuses
{
    /// <summary>
    /// Folio's status for an item, with a note when something of WordPress's meaning is lost; a
    /// null status skips the item (the note says why).
    /// </summary>
    public static (PostStatus? Status, string? Note) Import(string status, Localizer T)
    {
        if (status is "trash") return (null, T["skipped: in the trash"]);
        if (status is "auto-draft") return (null, T["skipped: automatic drafts"]);
        return status switch
        {
            "publish" => (PostStatus.Published, null),
            "future" => (PostStatus.Scheduled, null),
            "draft" => (PostStatus.Draft, null),
            "pending" => (PostStatus.Draft, T["posts pending review kept as drafts"]),
            "private" => (PostStatus.Draft, T["private posts kept as drafts (Folio has no private posts)"]),
            _ => (PostStatus.Draft, T["posts with the status \"{0}\" kept as drafts", status]),
        };
    }

    public static string Export(PostStatus status) => status switch
    {
        PostStatus.Published => "publish",
        PostStatus.Scheduled => "future",
        PostStatus.Trash => "trash",
        _ => "draft",
    };
}
