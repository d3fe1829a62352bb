using Folio.Features.Comments;

namespace Folio.Features.RestApi;

/// <summary>WordPress's comment statuses and Folio's.</summary>
public static class RestCommentStatus
{
    public static string Name(CommentStatus status) => status switch
    {
        CommentStatus.Approved => "approved",
        CommentStatus.Pending => "hold",
        CommentStatus.Spam => "spam",
        _ => "trash",
    };

    /// <summary>The status a moderator asks for, in any of WordPress's spellings; null for an unknown word.</summary>
    public static CommentStatus? Parse(string name) => name switch
    {
        "approved" or "approve" or "1" => CommentStatus.Approved,
        "hold" or "0" => CommentStatus.Pending,
        "spam" => CommentStatus.Spam,
        "trash" => CommentStatus.Trash,
        _ => null,
    };
}
