namespace Folio.Tests.Comments;

/// <summary>What an English site tells a commenter whose comment it refuses, as the reader reads it.</summary>
public static class CommentRefusalTexts
{
    public const string Duplicate = "Duplicate comment detected; it looks as though you’ve already said that!";
    public const string TooQuick = "That was quicker than anyone can write: please read your comment over, then post it again.";
    public const string Closed = "Comments are closed on this post.";
}
