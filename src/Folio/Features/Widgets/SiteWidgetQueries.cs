using System.Globalization;
using System.Text.Json;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Identity;
using Folio.Features.People;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.Widgets;

/// <summary>
/// The current site's widgets for its pages, kept in the read-model cache under the site's tag
/// (every post, term, settings and widget write evicts it) and, for recent comments, the site's
/// comments tag (<see cref="CacheTags.Comments"/>), which every comment write evicts.
/// </summary>
public sealed class SiteWidgetQueries(ReadModelCache cache, Deferred<FolioDbContext> db, CurrentSite currentSite, TimeProvider clock, Localizer T)
{
    /// <summary>The shape of the stored widgets; another shape (another version of the fleet) reads as a miss.</summary>
    private const string Version = "v1";

    public async Task<SiteWidgets> ForPagesAsync(CancellationToken cancellationToken)
    {
        var siteId = currentSite.Required.Id;
        var siteTag = CacheTags.Site(siteId);
        var commentsTag = CacheTags.Comments(siteId);
        // Per language: default headings and month names are in the language the page is rendered in.
        var key = $"folio-read:{Version}:widgets:{siteTag}:{CultureInfo.CurrentUICulture.Name}";
        if (await cache.GetDecodedAsync(key, Read, cancellationToken) is { } kept) return kept;
        var siteGeneration = await cache.BeginAsync(siteTag, cancellationToken);
        var commentsGeneration = await cache.BeginAsync(commentsTag, cancellationToken);
        var widgets = await ReadAsync(cancellationToken);
        await cache.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(widgets, SiteWidgetsJson.Stored.SiteWidgets),
            [siteTag, commentsTag], [siteGeneration, commentsGeneration], cancellationToken);
        return widgets;
    }

    private async Task<SiteWidgets> ReadAsync(CancellationToken cancellationToken)
    {
        var (all, _) = await SiteWidgetRows.OfSiteAsync(db.Value, currentSite.Required.Id, cancellationToken);
        var views = new List<(WidgetArea Area, WidgetView View)>();
        foreach (var widget in all) views.Add((widget.Area, await ViewAsync(widget, cancellationToken)));
        var authors = all.Any(w => w.Kind == WidgetKind.AboutAuthor) ? await AuthorsAsync(cancellationToken) : [];
        return new(
            views.Where(v => v.Area == WidgetArea.Sidebar).Select(v => v.View).ToList(),
            views.Where(v => v.Area == WidgetArea.Footer).Select(v => v.View).ToList(),
            authors);
    }

    private async Task<WidgetView> ViewAsync(SiteWidget widget, CancellationToken cancellationToken)
    {
        var heading = widget.Title.Length > 0 ? widget.Title : WidgetNames.DefaultHeading(widget.Kind, T);
        var count = widget.ItemCount ?? WidgetLimits.DefaultCount(widget.Kind);
        return widget.Kind switch
        {
            WidgetKind.RecentPosts => new(widget.Kind, heading, await RecentPostsAsync(count, cancellationToken)),
            WidgetKind.RecentComments => new(widget.Kind, heading, await RecentCommentsAsync(count, cancellationToken)),
            WidgetKind.Categories => new(widget.Kind, heading, await CategoriesAsync(cancellationToken)),
            WidgetKind.Archives => new(widget.Kind, heading, await MonthsAsync(count, cancellationToken)),
            WidgetKind.TagCloud => new(widget.Kind, heading, await TagsAsync(count, cancellationToken)),
            WidgetKind.Text => new(widget.Kind, heading, [], SafeHtml(widget.Text ?? "")),
            _ => new(widget.Kind, heading, []),
        };
    }

    /// <summary>Sanitised as it was when saved; text saved before a stricter sanitiser, or refused now, shows nothing rather than anything unsafe.</summary>
    private static string SafeHtml(string text)
    {
        try
        {
            return CommentRenderer.ToSafeHtml(text);
        }
        catch (MarkupRefusedException)
        {
            return "";
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The posts every reader may see (<see cref="PostVisibility"/>): published, not pages.</summary>
    private IQueryable<Post> PublicPosts => db.Value.Posts.AsNoTracking().Where(p => p.Kind == PostKind.Post).Where(PostVisibility.IsPublicAt(Now));

    private async Task<List<WidgetLink>> RecentPostsAsync(int count, CancellationToken cancellationToken)
    {
        var posts = await PublicPosts.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(count)
            .Select(p => new { p.Title, p.Password, p.Kind, p.PublishedLocal, p.Slug }).ToListAsync(cancellationToken);
        return posts.Select(p => new WidgetLink(
            PostTitles.Text(p.Password == null ? p.Title : PostProtection.TitlePrefix + p.Title),
            PostPaths.Of(p.Kind, p.PublishedLocal!.Value, p.Slug))).ToList();
    }

    /// <summary>Approved comments on public posts without a password (whose comments only the password shows).</summary>
    private async Task<List<WidgetLink>> RecentCommentsAsync(int count, CancellationToken cancellationToken)
    {
        var comments = await (
                from comment in db.Value.Comments.AsNoTracking()
                join post in PublicPosts on comment.PostId equals post.Id
                where comment.Status == CommentStatus.Approved && post.Password == null
                orderby comment.CreatedAt descending, comment.Id descending
                select new { comment.Id, comment.AuthorName, post.Title, post.Kind, post.PublishedLocal, post.Slug })
            .Take(count).ToListAsync(cancellationToken);
        return comments.Select(c => new WidgetLink(
            c.AuthorName, $"{PostPaths.Of(c.Kind, c.PublishedLocal!.Value, c.Slug)}#comment-{c.Id}", Context: PostTitles.Text(c.Title))).ToList();
    }

    /// <summary>Categories with at least one public post, by name, with their counts.</summary>
    private async Task<List<WidgetLink>> CategoriesAsync(CancellationToken cancellationToken)
    {
        var used = await (
                from link in db.Value.PostCategories.AsNoTracking()
                join post in PublicPosts on link.PostId equals post.Id
                group link by link.CategoryId into uses
                select new { CategoryId = uses.Key, Count = uses.Count() })
            .ToDictionaryAsync(u => u.CategoryId, u => u.Count, cancellationToken);
        var categories = await db.Value.Categories.AsNoTracking().Where(c => used.Keys.Contains(c.Id))
            .OrderBy(c => c.Name).Take(WidgetLimits.MaxListed).Select(c => new { c.Id, c.Name, c.Slug }).ToListAsync(cancellationToken);
        return categories.Select(c => new WidgetLink(c.Name, PostPaths.Category(c.Slug), used[c.Id])).ToList();
    }

    /// <summary>The most used tags, by name, each weighted 1 to 5 between the least and the most used of them.</summary>
    private async Task<List<WidgetLink>> TagsAsync(int count, CancellationToken cancellationToken)
    {
        var used = await (
                from link in db.Value.PostTags.AsNoTracking()
                join post in PublicPosts on link.PostId equals post.Id
                group link by link.TagId into uses
                orderby uses.Count() descending, uses.Key
                select new { TagId = uses.Key, Count = uses.Count() })
            .Take(count).ToDictionaryAsync(u => u.TagId, u => u.Count, cancellationToken);
        if (used.Count == 0) return [];
        var tags = await db.Value.Tags.AsNoTracking().Where(t => used.Keys.Contains(t.Id)).Select(t => new { t.Id, t.Name, t.Slug }).ToListAsync(cancellationToken);
        var (least, most) = (used.Values.Min(), used.Values.Max());
        return tags.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(t => new WidgetLink(t.Name, PostPaths.Tag(t.Slug), used[t.Id], Weight: most == least ? 3 : 1 + (int)Math.Round(4.0 * (used[t.Id] - least) / (most - least))))
            .ToList();
    }

    /// <summary>The latest months with public posts, in the site's own dates (those of the month archives' addresses).</summary>
    private async Task<List<WidgetLink>> MonthsAsync(int count, CancellationToken cancellationToken)
    {
        var months = await PublicPosts
            .GroupBy(p => new { p.PublishedLocal!.Value.Year, p.PublishedLocal!.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .OrderByDescending(m => m.Year).ThenByDescending(m => m.Month).Take(count).ToListAsync(cancellationToken);
        var format = T.InContext("month format", "MMMM yyyy");
        return months.Select(m => new WidgetLink(
            new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString(format, CultureInfo.CurrentCulture),
            PostPaths.Month(m.Year, m.Month), m.Count)).ToList();
    }

    /// <summary>The site's members who write (authors, editors, administrators: roles run from the highest), its owner (the first administrator) first.</summary>
    private async Task<List<WidgetAuthor>> AuthorsAsync(CancellationToken cancellationToken)
    {
        var members = await db.Value.SiteMembers.AsNoTracking().Where(m => m.Role <= SiteRole.Author)
            .OrderByDescending(m => m.Role == SiteRole.Administrator).ThenBy(m => m.CreatedAt).ThenBy(m => m.AccountId)
            .Take(WidgetLimits.MaxListed)
            .Select(m => new { m.AccountId, m.Account.UserName, m.Account.DisplayName, m.Account.AvatarUrl, m.Account.Bio })
            .ToListAsync(cancellationToken);
        return members.Where(m => m.UserName is not null).Select(m => new WidgetAuthor(
            m.UserName!, m.DisplayName.Length > 0 ? m.DisplayName : m.UserName!, AccountAvatar.Url(m.AccountId, m.AvatarUrl, null), m.Bio)).ToList();
    }

    private static readonly Func<byte[], SiteWidgets?> Read = ReadModelCache.JsonDecoder(SiteWidgetsJson.Stored.SiteWidgets);
}
