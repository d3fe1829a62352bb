using System.Globalization;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Posts;

/// <summary>
/// The read side of posts: the one path by which pages, feeds and the sitemap read them, so
/// they all agree on what is public. Every query runs in the current site's data context.
/// </summary>
public sealed class PostQueries(FolioDbContext db, CurrentSite currentSite, ISearchIndex searchIndex, TimeProvider clock, Localizer T)
{
    /// <summary>How many of the best search matches are ranked and paged.</summary>
    private const int SearchCandidates = 1000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A page of a listing, or null when the archive it names does not exist.</summary>
    public async Task<PostListView?> ListAsync(PostListRequest request, int pageSize, CancellationToken cancellationToken)
    {
        var archive = await DescribeAsync(request, cancellationToken);
        if (archive is null) return null;
        var (query, archiveView) = archive.Value;
        var page = Math.Max(1, request.Page);

        if (request.Search is { Length: > 0 } words)
        {
            var ranked = await searchIndex.SearchAsync(currentSite.Required.Id, words, SearchCandidates, cancellationToken);
            var visible = await query.Where(p => ranked.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
            var visibleSet = visible.ToHashSet();
            var pageIds = ranked.Where(visibleSet.Contains).Skip((page - 1) * pageSize).Take(pageSize).ToList();
            var found = await Project(db.Posts.Where(p => pageIds.Contains(p.Id))).ToListAsync(cancellationToken);
            var inRankOrder = pageIds.Select(id => found.Single(p => p.Id == id)).ToList();
            return new PostListView(inRankOrder, archiveView, page, PageCount(visible.Count, pageSize));
        }

        var total = await query.CountAsync(cancellationToken);
        var posts = await Project(query
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        if (page > 1 || archiveView.Heading is not null) return new PostListView(posts, archiveView, page, PageCount(total, pageSize));

        // As in WordPress: the front page's first page leads with the sticky posts, newest first,
        // however old they are; the rest of it, and the pages after it, keep the order of dates.
        var sticky = await Project(query.Where(p => p.Sticky).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)).ToListAsync(cancellationToken);
        var stickyIds = sticky.Select(p => p.Id).ToHashSet();
        return new PostListView([.. sticky, .. posts.Where(p => !stickyIds.Contains(p.Id))], archiveView, page, PageCount(total, pageSize)) { StickyIds = stickyIds };
    }

    /// <summary>The public post (or static page) with this slug, or null.</summary>
    public Task<PostView?> FindBySlugAsync(string slug, PostKind kind, CancellationToken cancellationToken) =>
        Project(db.Posts.Where(PostVisibility.IsPublicAt(Now)).Where(p => p.Kind == kind && p.Slug == slug))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The public post (or static page) with this id, or null.</summary>
    public Task<PostView?> FindByIdAsync(long id, PostKind kind, CancellationToken cancellationToken) =>
        Project(db.Posts.Where(PostVisibility.IsPublicAt(Now)).Where(p => p.Kind == kind && p.Id == id))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>A protected post's password and words, for its own page once the reader has given the password; null for an open post.</summary>
    public async Task<(string Password, string BodyHtml)?> ProtectedWordsAsync(long postId, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking().Where(p => p.Id == postId && p.Password != null).Select(p => new { p.Password, p.BodyHtml }).FirstOrDefaultAsync(cancellationToken)
            is { } found ? (found.Password!, found.BodyHtml) : null;

    /// <summary>The site's public static pages, for its menu.</summary>
    public async Task<IReadOnlyList<TermView>> PagesAsync(CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(Now)).Where(p => p.Kind == PostKind.Page)
            .OrderBy(p => p.Title).Select(p => new TermView(p.Title, p.Slug)).ToListAsync(cancellationToken);

    /// <summary>
    /// Every public post's and page's path and last change, newest first, for the sitemap; not
    /// those whose page asks search engines not to index it (reposts, mostly): a sitemap that
    /// listed them would contradict the pages it lists.
    /// </summary>
    public async Task<IReadOnlyList<(string Path, DateTime UpdatedAt)>> SitemapEntriesAsync(int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(Now)).Where(p => !p.NoIndex)
            .OrderByDescending(p => p.PublishedAt)
            .Take(limit)
            .Select(p => new { p.Kind, p.PublishedLocal, p.Slug, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (PostPaths.Of(r.Kind, r.PublishedLocal!.Value, r.Slug), r.UpdatedAt)).ToList();
    }

    public async Task<IReadOnlyList<TermView>> CategoriesAsync(CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.Name).Select(c => new TermView(c.Name, c.Slug)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TermView>> TagsAsync(CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new TermView(t.Name, t.Slug)).ToListAsync(cancellationToken);

    private async Task<(IQueryable<Post> Query, ArchiveView Archive)?> DescribeAsync(PostListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(Now)).Where(p => p.Kind == PostKind.Post);

        if (request.CategorySlug is { } categorySlug)
        {
            var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == categorySlug, cancellationToken);
            if (category is null) return null;
            var path = PostPaths.Category(category.Slug);
            return (query.Where(p => p.Categories.Any(c => c.CategoryId == category.Id)),
                new ArchiveView(T["Category: {0}", category.Name], path, path + "feed/"));
        }
        if (request.TagSlug is { } tagSlug)
        {
            var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == tagSlug, cancellationToken);
            if (tag is null) return null;
            var path = PostPaths.Tag(tag.Slug);
            return (query.Where(p => p.Tags.Any(t => t.TagId == tag.Id)),
                new ArchiveView(T["Tag: {0}", tag.Name], path, path + "feed/"));
        }
        if (request.AuthorName is { } authorName)
        {
            var author = await db.SiteMembers.AsNoTracking()
                .Where(m => m.Account.UserName == authorName)
                .Select(m => new { m.AccountId, m.Account.DisplayName, m.Account.UserName })
                .FirstOrDefaultAsync(cancellationToken);
            if (author is null) return null;
            return (query.Where(p => p.AuthorId == author.AccountId),
                new ArchiveView(T["Author: {0}", author.DisplayName], PostPaths.Author(author.UserName!), null));
        }
        if (request.Year is { } year)
        {
            if (DateRange(year, request.Month, request.Day) is not { } range) return null;
            return (query.Where(p => p.PublishedLocal >= range.From && p.PublishedLocal < range.To),
                new ArchiveView(range.Heading, range.Path, null));
        }
        if (request.Search is { Length: > 0 } words)
        {
            return (query, new ArchiveView(T["Search results for “{0}”", words], "/", null, $"?s={Uri.EscapeDataString(words)}"));
        }
        return (query, new ArchiveView(null, "/", "/feed/"));
    }

    /// <summary>A year, month or day on the site's clock, which the posts' local dates (<see cref="Post.PublishedLocal"/>) fall in.</summary>
    private (DateTime From, DateTime To, string Heading, string Path)? DateRange(int year, int? month, int? day)
    {
        if (year is < 1 or > 9998 || month is < 1 or > 12) return null;
        if (month is null)
        {
            var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
            return (start, start.AddYears(1), T["Year: {0}", year.ToString(CultureInfo.InvariantCulture)], PostPaths.Year(year));
        }
        if (day is null)
        {
            var start = new DateTime(year, month.Value, 1, 0, 0, 0, DateTimeKind.Unspecified);
            return (start, start.AddMonths(1), T["Month: {0}", start.ToString(T.InContext("month format", "MMMM yyyy"), CultureInfo.CurrentCulture)], PostPaths.Month(year, month.Value));
        }
        if (day < 1 || day > DateTime.DaysInMonth(year, month.Value)) return null;
        var date = new DateTime(year, month.Value, day.Value, 0, 0, 0, DateTimeKind.Unspecified);
        return (date, date.AddDays(1), T["Day: {0}", Dates.Readable(T, date)],
            $"{PostPaths.Month(year, month.Value)}{day:D2}/");
    }

    private static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    private IQueryable<PostView> Project(IQueryable<Post> posts) => posts
        .AsNoTracking()
        .AsSplitQuery()
        // A protected post's words never leave here: every listing, feed and card shows WordPress's
        // notice instead; the post page asks for the password and reads the words itself.
        .Select(p => new PostView(
            p.Id,
            p.Kind,
            PostTitles.Text(p.Password == null ? p.Title : PostProtection.TitlePrefix + p.Title),
            p.Slug,
            p.Password == null ? p.BodyHtml : "",
            p.Password == null ? p.Excerpt : PostProtection.NoExcerpt,
            p.PublishedAt!.Value,
            p.PublishedLocal!.Value,
            p.UpdatedAt,
            new AuthorView(p.Author.DisplayName, p.Author.UserName!),
            p.Categories.OrderBy(c => c.Category.Name).Select(c => new TermView(c.Category.Name, c.Category.Slug)).ToList(),
            p.Tags.OrderBy(t => t.Tag.Name).Select(t => new TermView(t.Tag.Name, t.Tag.Slug)).ToList(),
            p.OriginalUrl,
            p.SourceName,
            p.CanonicalToOriginal,
            p.OriginalAuthor,
            p.NoIndex,
            p.CommentsOpen,
            p.LikesOpen,
            p.FeaturedImageUrl,
            db.Comments.Count(c => c.PostId == p.Id && c.Status == CommentStatus.Approved))
        {
            IsProtected = p.Password != null,
            Format = p.Format,
            TitleMarkup = p.Password == null ? p.Title : PostProtection.TitlePrefix + p.Title,
        });
}
