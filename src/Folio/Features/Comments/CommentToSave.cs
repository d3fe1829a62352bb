using Folio.Features.Sites;

namespace Folio.Features.Comments;

/// <summary>A checked comment waiting for <see cref="CommentWriter"/>, and the answer its request waits for.</summary>
internal sealed class CommentToSave(SiteView site, Comment comment, CommentNews news)
{
    // Continuations run on the thread pool, not on the writer's loop, which has the next batch to write.
    private readonly TaskCompletionSource<CommentRefusal?> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SiteView Site { get; } = site;
    public Comment Comment { get; } = comment;
    public CommentNews News { get; } = news;

    /// <summary>Null once the comment is committed; otherwise why it was not saved.</summary>
    public Task<CommentRefusal?> Answer => answer.Task;

    public void Saved() => answer.TrySetResult(null);
    public void Refused(CommentRefusal reason) => answer.TrySetResult(reason);
    public void Failed(Exception exception) => answer.TrySetException(exception);
}
