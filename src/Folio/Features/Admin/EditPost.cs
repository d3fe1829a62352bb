using Folio.Data;
using Folio.Features.Media;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Admin;

/// <summary>What the editor's form holds.</summary>
public sealed class EditorInput
{
    public PostKind Kind { get; set; } = PostKind.Post;
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public BodyFormat BodyFormat { get; set; } = BodyFormat.Markdown;
    public string? Slug { get; set; }
    public string? Excerpt { get; set; }

    /// <summary>Comma-separated names.</summary>
    public string? Categories { get; set; }

    /// <summary>Comma-separated names.</summary>
    public string? Tags { get; set; }

    public string? FeaturedImageUrl { get; set; }
    public string? OriginalUrl { get; set; }
    public string? SourceName { get; set; }
    public bool CanonicalToOriginal { get; set; }
    public string? OriginalAuthor { get; set; }
    public bool NoIndex { get; set; }
    public bool CommentsOpen { get; set; } = true;
    public bool LikesOpen { get; set; } = true;
    public bool Sticky { get; set; }

    /// <summary>For a page: the page it sits under, or null at the top.</summary>
    public long? ParentId { get; set; }

    /// <summary>For a page: its place among its siblings, lowest first.</summary>
    public int MenuOrder { get; set; }

    public PostFormat Format { get; set; }

    /// <summary>Readers must give this to see the post; empty for an open post.</summary>
    public string? Password { get; set; }

    /// <summary>On the site's clock (<see cref="SiteClock"/>); a future time schedules the post.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>WordPress's custom fields, in order; null when the form did not carry them, which leaves them as they are.</summary>
    public List<CustomFieldRow>? CustomFields { get; set; }

    /// <summary>The form filled with a stored post (its categories and tags loaded), its times on the site's clock.</summary>
    public static EditorInput From(Post post, SiteClock siteClock) => new()
    {
        Kind = post.Kind,
        Title = post.Title,
        Body = post.Body,
        BodyFormat = post.BodyFormat,
        Slug = post.Slug,
        // Only one written by hand: a summary made from the words is made again when they change.
        Excerpt = PostExcerpts.HandWritten(post.Excerpt, post.BodyHtml),
        Categories = string.Join(", ", post.Categories.Select(c => c.Category.Name)),
        Tags = string.Join(", ", post.Tags.Select(t => t.Tag.Name)),
        FeaturedImageUrl = post.FeaturedImageUrl,
        OriginalUrl = post.OriginalUrl,
        SourceName = post.SourceName,
        CanonicalToOriginal = post.CanonicalToOriginal,
        OriginalAuthor = post.OriginalAuthor,
        NoIndex = post.NoIndex,
        CommentsOpen = post.CommentsOpen,
        LikesOpen = post.LikesOpen,
        Sticky = post.Sticky,
        ParentId = post.ParentId,
        MenuOrder = post.MenuOrder,
        Format = post.Format,
        Password = post.Password,
        PublishAt = post.Status == PostStatus.Draft || post.PublishedAt is not { } at ? null : siteClock.ToLocal(at),
    };
}

/// <summary>A line of the editor's custom fields; one with an empty name is dropped on save.</summary>
public sealed class CustomFieldRow
{
    public string? Key { get; set; }
    public string? Value { get; set; }
}

/// <summary>The editor's buttons.</summary>
public enum EditorAction
{
    /// <summary>Save, keeping the post's status (a new post is a draft).</summary>
    Save,
    Publish,
    Schedule,
    Unpublish,
}

/// <summary>
/// The editor's save: checks what the person's role allows, then saves through
/// <see cref="SavePostHandler"/> (which keeps the previous words as a revision).
/// </summary>
public sealed class EditPostHandler(FolioDbContext db, CurrentSite currentSite, SavePostHandler savePost, MediaQueries media, TimeProvider clock, Localizer T)
{
    public async Task<SavePostResult> HandleAsync(long? postId, EditorInput input, EditorAction action, long accountId, SiteRole role, CancellationToken cancellationToken)
    {
        var existing = postId is { } id
            ? await db.Posts.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.AuthorId, p.Status, p.PublishedAt, p.Kind, p.Title, p.Sticky }).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (postId is not null && existing is null) return Refused(T["That post does not exist on this site."]);

        var kind = existing?.Kind ?? input.Kind;
        var now = clock.GetUtcNow().UtcDateTime;
        var publishAt = PublishInstant(input.PublishAt, existing?.PublishedAt, currentSite.Required.Clock);
        var current = existing?.Status ?? PostStatus.Draft;
        var (status, publishedAt) = action switch
        {
            EditorAction.Publish when publishAt > now => (PostStatus.Scheduled, publishAt),
            EditorAction.Publish => (PostStatus.Published, publishAt ?? existing?.PublishedAt ?? now),
            EditorAction.Schedule => (PostStatus.Scheduled, publishAt),
            EditorAction.Unpublish => (PostStatus.Draft, existing?.PublishedAt),
            _ => (current, current == PostStatus.Draft ? publishAt : publishAt ?? existing?.PublishedAt),
        };
        if (action == EditorAction.Schedule && (publishAt is null || publishAt <= now))
            return Refused(T["To schedule a post, give a publish time in the future."]);

        var problem = PostPermissions.Problem(role, accountId, kind, existing is null ? null : (existing.AuthorId, existing.Status), status, T);
        if (problem is not null) return Refused(problem);
        if (input.FeaturedImageUrl is { Length: > 0 } image && await media.ByUrlAsync(image, cancellationToken) is null)
            return Refused(T["The featured image must be one of this site's uploads; choose it from the list."]);

        // Until a draft is first published its slug follows its title, unless someone chose one.
        var slugFollowsTitle = existing is { Status: PostStatus.Draft, PublishedAt: null } && input.Slug == Slugs.From(existing.Title);

        return await savePost.HandleAsync(new SavePost
        {
            PostId = postId,
            Kind = kind,
            AuthorId = existing?.AuthorId ?? accountId,
            EditedBy = accountId,
            Title = input.Title,
            Slug = slugFollowsTitle ? null : input.Slug,
            Body = input.Body,
            BodyFormat = input.BodyFormat,
            Excerpt = input.Excerpt,
            Status = status,
            PublishedAt = publishedAt,
            Categories = SplitNames(input.Categories),
            Tags = SplitNames(input.Tags),
            FeaturedImageUrl = input.FeaturedImageUrl,
            OriginalUrl = input.OriginalUrl,
            SourceName = input.SourceName,
            CanonicalToOriginal = input.CanonicalToOriginal,
            OriginalAuthor = input.OriginalAuthor,
            NoIndex = input.NoIndex,
            CommentsOpen = input.CommentsOpen,
            LikesOpen = input.LikesOpen,
            // Only editors and administrators choose what stays on top; anyone else's save keeps it as it was.
            Sticky = PostPermissions.MayStick(role) ? input.Sticky : existing?.Sticky ?? false,
            Password = input.Password,
            ParentId = input.ParentId,
            MenuOrder = input.MenuOrder,
            Format = input.Format,
            CustomFields = input.CustomFields?.Where(row => !string.IsNullOrWhiteSpace(row.Key))
                .Select(row => KeyValuePair.Create(row.Key!.Trim(), row.Value ?? "")).ToList(),
        }, cancellationToken);
    }

    /// <summary>
    /// The instant the form's publish time names on the site's clock; the stored one when the form
    /// sends back the time it showed (to the minute), so a save that leaves the field alone moves
    /// no post, not by its seconds nor, on the night the clocks go back, by an hour.
    /// </summary>
    private static DateTime? PublishInstant(DateTime? typed, DateTime? stored, SiteClock siteClock)
    {
        if (typed is not { } local) return null;
        if (stored is { } at && ToMinute(siteClock.ToLocal(at)) == ToMinute(local)) return at;
        return siteClock.ToUtc(local);
    }

    private static DateTime ToMinute(DateTime time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);

    private static SavePostResult Refused(string reason) => new(null, [reason]);

    private static List<string> SplitNames(string? names) =>
        (names ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
