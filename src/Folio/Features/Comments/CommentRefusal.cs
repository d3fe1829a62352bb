using Folio.Infrastructure;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Comments;

/// <summary>
/// Why <see cref="SubmitCommentHandler"/> did not save a comment. The rules live only in the
/// handler; each way in (the post page's form, the REST API, the fediverse inbox) maps a refusal
/// to its own answer, never by reading the message.
/// </summary>
public abstract record CommentRefusal
{
    /// <summary>What to tell the commenter, one reason each, in the language of the moment: the site's on its pages, English through the API.</summary>
    public abstract IReadOnlyList<string> Messages(Localizer T);

    /// <summary>The reasons in one sentence, for an answer that has room for one.</summary>
    public string Message(Localizer T) => string.Join(" ", Messages(T));

    /// <summary>No public post or page with that id.</summary>
    public sealed record PostNotFound : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) => [T["That post does not exist, or is not published."]];
    }

    /// <summary>A protected post, and the commenter has not given its password.</summary>
    public sealed record PasswordRequired : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) => [T["This post is password protected: enter its password to read it and comment."]];
    }

    /// <summary>Over <c>Folio:CommentsPerMinute</c> for the address or the commenter: may try again after <paramref name="Wait"/>.</summary>
    public sealed record TooFast(TimeSpan Wait) : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) =>
        [
            T.Plural(RateLimits.Seconds(Wait), "You are commenting faster than we can read. Please wait {0} second, then post again.",
                "You are commenting faster than we can read. Please wait {0} seconds, then post again."),
        ];
    }

    /// <summary>The post takes no comments: closed by its author, or older than the site's limit.</summary>
    public sealed record DiscussionClosed : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) => [T["Comments are closed on this post."]];
    }

    /// <summary>A guest's form sent faster than a person writes (<c>Folio:CommentMinimumSeconds</c>).</summary>
    public sealed record TooQuick : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) =>
            [T["That was quicker than anyone can write: please read your comment over, then post it again."]];
    }

    /// <summary>What the commenter sent is wrong (empty, too long, a missing name, a vanished parent…): one reason each, worded when found.</summary>
    public sealed record Invalid(IReadOnlyList<string> Errors) : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) => Errors;
    }

    /// <summary>The same words by the same person on the same post, saved or on their way.</summary>
    public sealed record Duplicate : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) => [T["Duplicate comment detected; it looks as though you’ve already said that!"]];
    }

    /// <summary>Thrown away on purpose (the honeypot, the site's blocklist, the spam service): a bot learns nothing from the answer.</summary>
    public sealed record Discarded : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) => [T["The comment was refused."]];
    }

    /// <summary>Checked, but the server is stopping and no longer saves comments: the commenter may post it again in a moment.</summary>
    public sealed record ShuttingDown : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) => [T["The site is restarting and your comment was not saved. Please post it again in a moment."]];
    }

    /// <summary>Checked, but the writer could not save it (<see cref="CommentWriter"/>): the commenter may post it again.</summary>
    public sealed record NotSaved : CommentRefusal
    {
        public override IReadOnlyList<string> Messages(Localizer T) => [T["Your comment could not be saved just now. Please post it again."]];
    }
}
