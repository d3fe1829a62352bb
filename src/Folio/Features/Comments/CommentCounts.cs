using Folio.Infrastructure.Localization;

namespace Folio.Features.Comments;

public static class CommentCounts
{
    /// <summary>How a listing names a post's discussion.</summary>
    public static string Label(Localizer T, int count) =>
        count == 0 ? T["Leave a comment"] : T.Plural(count, "One comment", "{0:N0} comments");
}
