using Folio.Features.People;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Likes;

/// <summary>
/// A post's likes as the page and the API show them: how many, the most recent likers, and
/// whether the reader asking is one of them (always false for the page everyone shares).
/// </summary>
public sealed record LikesView(long PostId, int Count, IReadOnlyList<PersonView> Likers, bool LikedByReader)
{
    /// <summary>Likers beyond those shown, for "and {n} more".</summary>
    public int MoreCount => Count - Likers.Count;

    /// <summary>The line under the button, as WordPress words it, in the request's language.</summary>
    public string Summary(Localizer T) => Count == 0
        ? T["Be the first to like this."]
        : T.Plural(Count, "One blogger likes this.", "{0:N0} bloggers like this:");
}

/// <summary>A post that takes likes: where it lives, and whose it is.</summary>
public sealed record LikeablePost(long Id, string Title, string Path, long AuthorId);
