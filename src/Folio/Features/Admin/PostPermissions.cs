using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Admin;

/// <summary>
/// What each role may do with posts and pages, as in WordPress: contributors write drafts of
/// their own; authors also publish their own; editors and administrators handle everyone's.
/// </summary>
public static class PostPermissions
{
    /// <summary>
    /// Why the person may not save the post (as stored: its author and status; null for a new
    /// one) with the wanted status, or null when they may.
    /// </summary>
    public static string? Problem(SiteRole role, long accountId, PostKind kind, (long AuthorId, PostStatus Status)? existing, PostStatus wanted, Localizer T) =>
        Refusal(role, accountId, kind, existing, wanted) switch
        {
            Refused.PagesAreForEditors => T["Only editors and administrators can write pages."].Value,
            Refused.NotTheirs => T["You can only change your own posts."].Value,
            Refused.AlreadyOut => T["A contributor cannot change a post once it is published or scheduled."].Value,
            Refused.DraftsOnly => T["A contributor can save drafts; an editor publishes them."].Value,
            _ => null,
        };

    /// <summary>
    /// Whether the person may move the post to the Trash, restore it or delete it for good:
    /// whoever may make it a draft may, as in WordPress (contributors their own drafts, authors
    /// their own posts, editors everyone's). A trashed post counts as the draft it comes back as.
    /// </summary>
    public static bool MayTrash(SiteRole role, long accountId, PostKind kind, long authorId, PostStatus status) =>
        Refusal(role, accountId, kind, (authorId, status == PostStatus.Trash ? PostStatus.Draft : status), PostStatus.Draft) is null;

    /// <summary>Whether the person may keep posts at the top of the front page: it speaks for the whole site.</summary>
    public static bool MayStick(SiteRole role) => role <= SiteRole.Editor;

    /// <summary>Whether the person may open the post in the editor at all.</summary>
    public static bool CanOpen(SiteRole role, long accountId, long authorId) =>
        role <= SiteRole.Editor || authorId == accountId;

    private enum Refused { PagesAreForEditors, NotTheirs, AlreadyOut, DraftsOnly }

    private static Refused? Refusal(SiteRole role, long accountId, PostKind kind, (long AuthorId, PostStatus Status)? existing, PostStatus wanted)
    {
        if (kind == PostKind.Page && role > SiteRole.Editor) return Refused.PagesAreForEditors;
        if (existing is { } post && post.AuthorId != accountId && role > SiteRole.Editor) return Refused.NotTheirs;
        if (role == SiteRole.Contributor)
        {
            if (existing is { Status: not PostStatus.Draft }) return Refused.AlreadyOut;
            if (wanted != PostStatus.Draft) return Refused.DraftsOnly;
        }
        return null;
    }
}
