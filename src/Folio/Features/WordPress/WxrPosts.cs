using System.Globalization;
using Folio.Data;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.WordPress;

/// <summary>
/// Imports a WordPress post or page as a Folio post: its slug (so <c>/{yyyy}/{MM}/{dd}/{slug}/</c>
/// keeps answering), dates, status, excerpt, terms, featured image, and its content turned into
/// HTML WordPress would show and sanitised with the same allow-list as every post body. The post,
/// its terms and its WordPress ID go in one insert: the (site, WordPress ID) key refuses a second copy.
/// </summary>
public sealed class WxrPosts(FolioDbContext db, CurrentSite currentSite, WxrTerms terms, ImportedAttachments attachments, TimeProvider clock, Localizer T)
{
    private const int AttemptsAtAFreeSlug = 3;

    /// <summary>The local post's id (new or imported before), or null when the item is skipped.</summary>
    public async Task<long?> ImportAsync(ImportRun run, WxrItem item, CancellationToken cancellationToken)
    {
        var kind = item.Type == "page" ? ImportKind.Page : ImportKind.Post;
        var (status, note) = WordPressStatuses.Import(item.Status, T);
        if (status is null)
        {
            run.Summary.Add(kind, note!);
            return null;
        }
        if (await ExistingAsync(item.Id, cancellationToken) is { } existing)
        {
            run.Summary.Add(kind, run.Summary.AlreadyImported);
            return existing;
        }

        Post post;
        try
        {
            post = await BuildAsync(run, item, status.Value, cancellationToken);
        }
        catch (MarkupRefusedException)
        {
            run.Summary.Add(kind, run.Summary.TooDeep);
            return null;
        }
        var wanted = WantedSlug(item, post.Kind);
        for (var attempt = 1; ; attempt++)
        {
            // A title with nothing a slug keeps ("???", an emoji) gives the post its number for an
            // address once it has one, as a post written here does.
            post.Slug = await db.UniquePostSlugAsync(post.Kind, wanted.Length > 0 ? wanted : $"unnumbered-{Guid.NewGuid():N}", post.Id, cancellationToken);
            db.Posts.Add(post);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException refused) when (UniqueViolation.Is(refused))
            {
                db.ChangeTracker.Clear(); // the refused post and its term links, to be added afresh
                // Another import of the same file got there first; or the slug was taken meanwhile.
                if (await ExistingAsync(item.Id, cancellationToken) is { } raced)
                {
                    run.Summary.Add(kind, run.Summary.AlreadyImported);
                    return raced;
                }
                if (attempt == AttemptsAtAFreeSlug) throw;
            }
        }

        if (wanted.Length == 0)
        {
            post.Slug = await db.UniquePostSlugAsync(post.Kind, PostSlugs.Numbered(post.Kind, post.Id), post.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        await KeepOldAddressesAsync(item, post, cancellationToken);

        run.Summary.Add(kind, run.Summary.Imported);
        if (post.Kind == PostKind.Page && item.ParentId > 0) run.PagesUnderParents.Add((post.Id, item.ParentId));
        if (note is not null) run.Summary.Add(ImportKind.NotKept, note);
        if (wanted.Length > 0 && post.Slug != wanted) run.Summary.Add(ImportKind.NotKept, T["slugs already taken on this site (given a -2 suffix; their old links do not lead to them)"]);
        return post.Id;
    }

    private async Task<Post> BuildAsync(ImportRun run, WxrItem item, PostStatus status, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var body = WordPressBodies.ToHtml(run.WithLocalImages(item.Content), run.AttachmentUrl);
        var rendered = PostBody.Render(body, BodyFormat.Html);
        var siteClock = currentSite.Required.Clock;
        // WordPress dates drafts with zeros; a scheduled post needs its time, which only the local
        // date may give, read on this site's clock (the export does not name WordPress's zone).
        var publishedAt = item.DateGmt ?? (status == PostStatus.Draft ? null : item.DateLocal is { } local ? siteClock.ToUtc(local) : now);
        var created = publishedAt ?? item.DateLocal ?? now;
        var post = new Post
        {
            Kind = item.Type == "page" ? PostKind.Page : PostKind.Post,
            AuthorId = run.Authors.AccountFor(item.Creator),
            Title = TitleOf(item),
            Slug = "",
            Excerpt = item.Excerpt.Trim().Length > 0
                ? PostBodyRenderer.ToPlainText(item.Excerpt, 1000)
                : PostExcerpts.Generate(rendered.Html),
            Status = status,
            CreatedAt = created,
            UpdatedAt = item.ModifiedGmt ?? created,
            CommentsOpen = item.CommentsOpen,
            Sticky = item.Sticky && item.Type == "post",
            MenuOrder = item.Type == "page" ? item.MenuOrder : 0,
            Password = item.Password.Length > 0 ? item.Password[..Math.Min(item.Password.Length, PostProtection.PasswordLength)] : null,
            // Followers hear of new posts, not of a blog's whole history moving in.
            AnnouncedAt = status == PostStatus.Published ? now : null,
            FeaturedImageUrl = await FeaturedImageAsync(run, item, cancellationToken),
            WordPressId = item.Id,
            CustomFields = CustomFieldsOf(item),
        };
        post.SetBody(rendered);
        // WordPress's local date made the post's address there; kept, the address stays the same here.
        post.SetPublishedAt(publishedAt, item.DateLocal ?? (publishedAt is { } at ? siteClock.ToLocal(at) : null));
        foreach (var term in item.Terms)
        {
            if (term.Kind == WxrTermKind.Format)
            {
                if (post.Kind == PostKind.Post) post.Format = PostFormats.FromTermSlug(term.Slug) ?? post.Format;
                continue;
            }
            if (term.Kind == WxrTermKind.Other)
            {
                run.Summary.Add(ImportKind.NotKept, T["custom taxonomies on posts"]);
                continue;
            }
            if ((await terms.IdAsync(run, term.Kind, term.Slug, term.Name, cancellationToken)).Id is not { } termId) continue;
            if (term.Kind == WxrTermKind.Category && post.Categories.All(c => c.CategoryId != termId)) post.Categories.Add(new PostCategory { CategoryId = termId });
            if (term.Kind == WxrTermKind.Tag && post.Tags.All(t => t.TagId != termId)) post.Tags.Add(new PostTag { TagId = termId });
        }
        return post;
    }

    /// <summary>
    /// Puts each page imported under a parent beneath its parent page, once the whole file is in:
    /// WordPress's exports list a child before its parent as often as after. A parent that is not
    /// a page of this site (not in the file, or not imported) leaves the child at the top.
    /// </summary>
    public async Task PlaceUnderParentsAsync(ImportRun run, CancellationToken cancellationToken)
    {
        foreach (var (pageId, parentWordPressId) in run.PagesUnderParents)
        {
            var parentId = await db.Posts.Where(p => p.Kind == PostKind.Page && p.WordPressId == parentWordPressId && p.Id != pageId)
                .Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (parentId is null) run.Summary.Add(ImportKind.NotKept, T["parents of pages whose parent was not imported (they are top-level pages)"]);
            else await db.Posts.Where(p => p.Id == pageId).ExecuteUpdateAsync(set => set.SetProperty(p => p.ParentId, parentId), cancellationToken);
        }
    }

    /// <summary>The addresses the post had on WordPress before its slug or date changed, which lead to it here as they did there.</summary>
    private async Task KeepOldAddressesAsync(WxrItem item, Post post, CancellationToken cancellationToken)
    {
        if (PostMoves.PathOf(post) is not { } current) return;
        var oldPaths = WxrOldAddresses.Import(item, post.Kind, post.PublishedLocal!.Value, post.Slug).ToList();
        if (oldPaths.Count == 0) return;
        foreach (var oldPath in oldPaths) await db.RecordMoveAsync(post.Id, oldPath, current, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The author's custom fields; keys starting with "_" are WordPress's own bookkeeping (edit locks, attachment data), which means nothing here.</summary>
    private static List<PostCustomField> CustomFieldsOf(WxrItem item) =>
        item.Meta.Where(m => !m.Key.StartsWith('_') && m.Key.Length <= PostCustomField.KeyLength)
            .Select(m => new PostCustomField { Key = m.Key, Value = m.Value })
            .ToList();

    private async Task<string?> FeaturedImageAsync(ImportRun run, WxrItem item, CancellationToken cancellationToken)
    {
        if (item.ThumbnailId is not { } attachmentId) return null;
        var copy = await run.AttachmentAsync(attachments, attachmentId, cancellationToken);
        if (copy.LocalUrl is null) run.Summary.Add(ImportKind.NotKept, T["featured images that could not be copied (the attachment stays a link)"]);
        return copy.LocalUrl;
    }

    private async Task<long?> ExistingAsync(long wordPressId, CancellationToken cancellationToken) =>
        await db.Posts.Where(p => p.WordPressId == wordPressId).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken);

    private static string TitleOf(WxrItem item)
    {
        var title = item.Title.Trim();
        if (title.Length == 0) return "(untitled)";
        return title.Length <= 300 ? title : title[..300];
    }

    /// <summary>
    /// WordPress's own slug when Folio can serve it as it is, so the old permalink keeps working;
    /// else its letters and digits, as Folio makes a slug (WordPress keeps emoji and bidi controls
    /// in slugs, Folio's addresses never hold them); else one made from the title (empty when the
    /// title has nothing a slug keeps either).
    /// </summary>
    private static string WantedSlug(WxrItem item, PostKind kind)
    {
        var slug = item.Slug.Length is > 0 and <= Slugs.MaxLength && item.Slug.All(c => char.IsLetterOrDigit(c) || IsMark(c) || c is '-' or '_')
            ? item.Slug
            : Slugs.From(item.Slug) is { Length: > 0 } cleaned ? cleaned : Slugs.From(item.Title);
        return kind == PostKind.Page && SavePostHandler.IsReservedPageSlug(slug) ? $"{slug}-page" : slug;
    }

    /// <summary>A vowel sign or other mark that is part of a letter in Hindi, Thai and other scripts.</summary>
    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
