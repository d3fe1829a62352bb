using Folio.Features.Mail;
using Folio.Features.Notifications;
using Folio.Features.Posts;
using Folio.Features.Subscriptions;

namespace Folio.Features.Comments;

/// <summary>
/// Whom a new comment is news for, and what they are told: the moderators of a held comment, or
/// the post's author and its subscribers for a published one. Whom to tell is read while the
/// comment is checked, in parallel with other requests, so that <see cref="CommentWriter"/>,
/// which holds the database's one write lock, only inserts; the rows are made by
/// <see cref="AddTo"/> once the comment is saved, because every link names its id.
/// </summary>
/// <param name="PostTitle">The post commented on.</param>
/// <param name="PostPath">The post's site-relative address; the comment's is this and <c>#comment-{id}</c>.</param>
/// <param name="SiteUrl">Makes a site path absolute; it must not use the request, which the writer does not run in.</param>
/// <param name="ModeratorMails">Mails asking the moderators to look at a held comment.</param>
/// <param name="Bloggers">The post's author, when someone else published a comment on it.</param>
/// <param name="Subscribers">Who follows the post's comments by mail, when the comment is published.</param>
public sealed record CommentNews(
    string PostTitle, string PostPath, Func<string, string> SiteUrl, IReadOnlyList<OutgoingMail> ModeratorMails,
    IReadOnlyList<BloggerToTell> Bloggers, IReadOnlyList<CommentFollowUps.Subscriber> Subscribers)
{
    /// <summary>The comment's site-relative address, once it has an id.</summary>
    public string CommentPath(Comment saved) => $"{PostPath}#comment-{saved.Id}";

    /// <summary>Adds the notification and the mails about the saved comment to the unit of work of <paramref name="notify"/>, <paramref name="followUps"/> and <paramref name="outbox"/>.</summary>
    public void AddTo(Comment saved, NotifyBloggers notify, CommentFollowUps followUps, MailOutbox outbox)
    {
        foreach (var mail in ModeratorMails) outbox.Enqueue(mail);
        var commentPath = CommentPath(saved);
        if (Bloggers.Count > 0)
        {
            var words = PostBodyRenderer.ToPlainText(saved.BodyHtml, 2000);
            notify.Tell(Bloggers, new BloggerNews(NotificationKind.Comment, saved.AuthorName, PostTitle, commentPath, SiteUrl, words));
        }
        followUps.Enqueue(saved, Subscribers, PostTitle, commentPath, SiteUrl);
    }
}
