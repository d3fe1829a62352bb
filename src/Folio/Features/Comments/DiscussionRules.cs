using Folio.Features.Sites;

namespace Folio.Features.Comments;

/// <summary>The site's word lists and time limit for comments (WordPress's discussion settings).</summary>
public static class DiscussionRules
{
    /// <summary>Whether any listed word or phrase (one a line) appears in any of the texts, ignoring case.</summary>
    public static bool Mentions(string wordList, params string?[] texts)
    {
        var words = wordList.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return words.Any(word => texts.Any(text => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true));
    }

    /// <summary>Whether a post takes comments now: open, and not older than the site's limit.</summary>
    public static bool IsOpen(bool commentsOpen, DateTime publishedAt, int? closeAfterDays, DateTime utcNow) =>
        commentsOpen && (closeAfterDays is not { } days || publishedAt.AddDays(days) > utcNow);

    /// <summary>WordPress's discussion rules for everyone but the site's writers: as the site chose; many links hold.</summary>
    public static CommentStatus StatusOf(Comment comment, SiteView site, bool authorApprovedBefore)
    {
        if (CommentRenderer.LinkCount(comment.BodyHtml) > site.CommentLinkLimit) return CommentStatus.Pending;
        if (Mentions(site.ModerationWords, comment.Body, comment.AuthorName, comment.AuthorEmail, comment.AuthorUrl, comment.IpAddress))
            return CommentStatus.Pending;
        return site.CommentModeration switch
        {
            CommentModeration.PublishDirectly => CommentStatus.Approved,
            CommentModeration.HoldFirstTime when authorApprovedBefore => CommentStatus.Approved,
            _ => CommentStatus.Pending,
        };
    }
}
