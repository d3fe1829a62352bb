using System.Collections.Concurrent;

namespace Folio.Features.Comments;

/// <summary>
/// Comments being checked or waiting for <see cref="CommentWriter"/>, which the duplicate check's
/// query cannot see yet: without this, the same words sent twice at once (a double click) would
/// both pass it. A request claims its comment before that query and keeps the claim until the
/// comment is committed or refused, so a second copy either finds the claim or, once the first
/// is committed, finds it in the database. Per process, as the writer is.
/// </summary>
public sealed class UnsavedComments
{
    private readonly ConcurrentDictionary<(long PostId, string Email, long? IdentityId, string Body), byte> claimed = new();

    /// <summary>The claim, to dispose of once the comment is saved or refused; null when the same comment is already in hand.</summary>
    public IDisposable? Claim(long postId, string email, long? identityId, string body)
    {
        var key = (postId, email, identityId, body);
        return claimed.TryAdd(key, 0) ? new Release(() => claimed.TryRemove(key, out _)) : null;
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
