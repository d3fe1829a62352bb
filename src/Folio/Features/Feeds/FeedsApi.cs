using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Feeds;

/// <summary>
/// The site's feeds, for the whole site and for each category and tag: RSS 2.0 at
/// <c>feed/</c> (and WordPress's <c>feed/rss2/</c>), Atom at <c>feed/atom/</c>, JSON Feed at
/// <c>feed/json/</c>.
/// </summary>
public static class FeedsApi
{
    private const int FeedLength = 20;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("").ForSites().CacheOutput(SitePageCachePolicy.Name);
        foreach (var archive in new[] { "", "/category/{category}", "/tag/{tag}" })
            feeds.MapGet(archive + "/feed/{format:regex(^(rss2|atom|json)$)?}/", WriteAsync);
        return endpoints;
    }

    private static async Task<IResult> WriteAsync(
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
            Updated: list.Posts.Count > 0 ? list.Posts.Max(p => p.UpdatedAt) : DateTime.UnixEpoch);
        Func<string, string> absolute = context.SiteUrl;
        return format switch
        {
            "atom" => Results.Bytes(FeedWriter.Atom(channel, list.Posts, absolute), "application/atom+xml; charset=utf-8"),
            "json" => Results.Bytes(FeedWriter.Json(channel, list.Posts, absolute), "application/feed+json; charset=utf-8"),
            _ => Results.Bytes(FeedWriter.Rss(channel, list.Posts, absolute), "application/rss+xml; charset=utf-8"),
        };
    }
}
