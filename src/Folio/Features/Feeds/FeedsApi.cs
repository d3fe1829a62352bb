using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Feeds;

/// <summary>
/// The site's feeds, for the whole site and for each category and tag: RSS 2.0 at
/// <c>feed/</c> (and WordPress's <c>feed/rss2/</c>), Atom at <c>feed/atom/</c>, JSON Feed at
/// <c>feed/json/</c>; and the comments, site-wide at <c>/comments/feed/</c> and per post at
/// <c>{post path}feed/</c>.
/// </summary>
public static class FeedsApi
{
    private const int FeedLength = 20;
    private const string Formats = "{format:regex(^(rss2|atom|json)$)?}/";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("").ForSites().CacheOutput(SitePageCachePolicy.Name);
        foreach (var archive in new[] { "", "/category/{category}", "/tag/{tag}" })
            feeds.MapGet(archive + "/feed/" + Formats, PostsAsync);
        feeds.MapGet("/comments/feed/" + Formats, SiteCommentsAsync);
        feeds.MapGet("/{year:int}/{month:int}/{day:int}/{slug}/feed/" + Formats, PostCommentsAsync);
        return endpoints;
    }

    private static async Task<IResult> PostsAsync(
        HttpContext context, PostQueries posts, string? format, string? category, string? tag, CancellationToken cancellationToken)
    {
        var site = context.RequestServices.GetRequiredService<CurrentSite>().Required;
        var list = await posts.ListAsync(new PostListRequest { CategorySlug = category, TagSlug = tag }, FeedLength, cancellationToken);
        if (list is null) return Results.NotFound();

        var channel = new FeedChannel(
            Title: list.Archive.Heading is null ? site.Title : $"{site.Title} » {list.Archive.Heading}",
            Description: site.Tagline,
            HomeUrl: context.SiteUrl(list.Archive.BasePath),
            FeedUrl: context.SiteUrl(context.Request.Path),
            Updated: list.Posts.Count > 0 ? list.Posts.Max(p => p.UpdatedAt) : DateTime.UnixEpoch,
            Language: site.Language);
        return Write(format, channel, list.Posts.Select(post => PostEntry(context, post)).ToList());
    }

    private static async Task<IResult> SiteCommentsAsync(HttpContext context, CommentQueries comments, Localizer T, string? format, CancellationToken cancellationToken)
    {
        var site = context.RequestServices.GetRequiredService<CurrentSite>().Required;
        var latest = await comments.LatestAsync(null, FeedLength, cancellationToken);
        var channel = new FeedChannel(T["Comments for {0}", site.Title], site.Tagline, context.SiteUrl("/"), context.SiteUrl(context.Request.Path), Updated(latest), site.Language);
        return Write(format, channel, latest.Select(comment => CommentEntry(context, comment)).ToList());
    }

    private static async Task<IResult> PostCommentsAsync(
        HttpContext context, PostQueries posts, CommentQueries comments, Localizer T, string slug, string? format, CancellationToken cancellationToken)
    {
        var post = await posts.FindBySlugAsync(slug, PostKind.Post, cancellationToken);
        if (post is null || !CanonicalPaths.Of(context.Request.Path).StartsWith(post.Path, StringComparison.Ordinal))
            return await MovedPostFeedAsync(context, format, cancellationToken) ?? Results.NotFound();
        context.Features.Get<Microsoft.AspNetCore.OutputCaching.IOutputCacheFeature>()?.Context.Tags.Add(CacheTags.Post(post.Id));
        var latest = await comments.LatestAsync(post.Id, FeedLength, cancellationToken);
        var channel = new FeedChannel(T["Comments on: {0}", post.Title], post.Excerpt, context.SiteUrl(post.Path), context.SiteUrl(context.Request.Path),
            Updated(latest), context.RequestServices.GetRequiredService<CurrentSite>().Required.Language);
        return Write(format, channel, latest.Select(comment => CommentEntry(context, comment)).ToList());
    }

    /// <summary>The comments feed of the post that lived at this feed's post address before its slug or date changed.</summary>
    private static async Task<IResult?> MovedPostFeedAsync(HttpContext context, string? format, CancellationToken cancellationToken)
    {
        var path = CanonicalPaths.Of(context.Request.Path);
        var postPath = path[..(path.LastIndexOf("/feed/", StringComparison.Ordinal) + 1)];
        var oldPaths = context.RequestServices.GetRequiredService<PostOldPathRedirects>();
        // Folio keeps a feed of each post's comments, not of a page's.
        return await oldPaths.TargetAsync(postPath, cancellationToken) is (PostKind.Post, var moved)
            ? CanonicalPaths.Redirect(context.Request, moved + "feed/" + (format is null ? "" : format + "/"))
            : null;
    }

    private static FeedEntry PostEntry(HttpContext context, PostView post)
    {
        var permalink = context.SiteUrl(post.Path);
        return new(permalink, permalink, post.Title, AbsoluteUrls.InHtml(post.BodyHtml, new Uri(permalink)), post.Excerpt, post.PublishedAt, post.UpdatedAt,
            post.Author.DisplayName, context.SiteUrl(post.Author.Path), post.Categories.Concat(post.Tags).Select(term => term.Name).Distinct().ToList())
        {
            Original = post.OriginalUrl is null ? null : (post.OriginalUrl, post.SourceName),
            CommentsFeedUrl = context.SiteUrl(post.Path + "feed/"),
        };
    }

    private static FeedEntry CommentEntry(HttpContext context, CommentFeedItem comment)
    {
        var url = context.SiteUrl($"{comment.PostPath}#comment-{comment.Id}");
        return new FeedEntry(url, url, $"Comment on {comment.PostTitle} by {comment.AuthorName}", AbsoluteUrls.InHtml(comment.BodyHtml, new Uri(url)),
            PostBodyRenderer.ToPlainText(comment.BodyHtml, 300), comment.CreatedAt, comment.CreatedAt, comment.AuthorName, comment.AuthorUrl, []);
    }

    private static DateTime Updated(IReadOnlyList<CommentFeedItem> comments) => comments.Count > 0 ? comments.Max(c => c.CreatedAt) : DateTime.UnixEpoch;

    private static IResult Write(string? format, FeedChannel channel, IReadOnlyList<FeedEntry> entries) => format switch
    {
        "atom" => Results.Bytes(FeedWriter.Atom(channel, entries), "application/atom+xml; charset=utf-8"),
        "json" => Results.Bytes(FeedWriter.Json(channel, entries), "application/feed+json; charset=utf-8"),
        _ => Results.Bytes(FeedWriter.Rss(channel, entries), "application/rss+xml; charset=utf-8"),
    };
}
