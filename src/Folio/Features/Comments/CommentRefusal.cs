using Folio.Infrastructure;

namespace Folio.Features.Comments;

/// <summary>
/// Why <see cref="SubmitCommentHandler"/> did not save a comment. The rules live only in the
/// handler; each way in (the post page's form, the REST API, the fediverse inbox) maps a refusal
/// to its own answer, never by reading the message.
/// </summary>
/// <param name="Message">What to tell the commenter, in the words of the comment form.</param>
public abstract record CommentRefusal(string Message)
{
    /// <summary>The reasons one by one, for a form that lists them.</summary>
    public virtual IReadOnlyList<string> Messages => [Message];

    /// <summary>No public post or page with that id.</summary>
    public sealed record PostNotFound() : CommentRefusal("That post does not exist, or is not published.");

    /// <summary>A protected post, and the commenter has not given its password.</summary>
    public sealed record PasswordRequired() : CommentRefusal("This post is password protected: enter its password to read it and comment.");

    /// <summary>Over <c>Folio:CommentsPerMinute</c> for the address or the commenter: may try again after <paramref name="Wait"/>.</summary>
    public sealed record TooFast(TimeSpan Wait)
        : CommentRefusal($"You are commenting faster than we can read. Please wait {RateLimits.Seconds(Wait)} seconds, then post again.");

    /// <summary>The post takes no comments: closed by its author, or older than the site's limit.</summary>
    public sealed record DiscussionClosed() : CommentRefusal("Comments are closed on this post.");

    /// <summary>A guest's form sent faster than a person writes (<c>Folio:CommentMinimumSeconds</c>).</summary>
    public sealed record TooQuick() : CommentRefusal(SubmitCommentHandler.TooQuick);

    /// <summary>What the commenter sent is wrong (empty, too long, a missing name, a vanished parent…): one message each.</summary>
    public sealed record Invalid(IReadOnlyList<string> Errors) : CommentRefusal(string.Join(" ", Errors))
    {
        public override IReadOnlyList<string> Messages => Errors;
    }

    /// <summary>The same words by the same person on the same post, saved or on their way.</summary>
    public sealed record Duplicate() : CommentRefusal(SubmitCommentHandler.Duplicate);

    /// <summary>Thrown away on purpose (the honeypot, the site's blocklist, the spam service): a bot learns nothing from the answer.</summary>
    public sealed record Discarded() : CommentRefusal("The comment was refused.");

    /// <summary>Checked, but the writer could not save it (<see cref="CommentWriter"/>): the commenter may post it again.</summary>
    public sealed record NotSaved(string Reason) : CommentRefusal(Reason);
}
