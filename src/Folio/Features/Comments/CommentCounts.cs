namespace Folio.Features.Comments;

public static class CommentCounts
{
    /// <summary>How a listing names a post's discussion.</summary>
    public static string Label(int count) => count switch
    {
        0 => "Leave a comment",
        1 => "One comment",
        _ => $"{count} comments",
    };
}
