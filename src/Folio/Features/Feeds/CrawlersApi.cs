using System.Text;
using System.Xml;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;

namespace Folio.Features.Feeds;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c> of a site.</summary>
public static class CrawlersApi
{
    /// <summary>The sitemap protocol's limit for one file.</summary>
    private const int SitemapLimit = 50_000;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapCrawlers(this IEndpointRouteBuilder endpoints)
    {
        var site = endpoints.MapGroup("").ForSites().CacheOutput(SitePageCachePolicy.Name);
        site.MapGet("/sitemap.xml", SitemapAsync);
        site.MapGet("/robots.txt", IResult (HttpContext context, CurrentSite currentSite) => Results.Text(
            currentSite.Required.Visibility == SiteVisibility.Public
                ? $"User-agent: *\nDisallow: /admin/\n\nSitemap: {context.SiteUrl("/sitemap.xml")}\n"
                : "User-agent: *\nDisallow: /\n", // a private or coming-soon site asks every crawler to stay out
            "text/plain; charset=utf-8")).OpenToStrangers();
        return endpoints;
    }

    private static async Task<IResult> SitemapAsync(HttpContext context, PostQueries posts, CancellationToken cancellationToken)
    {
        var entries = await posts.SitemapEntriesAsync(SitemapLimit, cancellationToken);
        var categories = await posts.CategoriesAsync(cancellationToken);
        var tags = await posts.TagsAsync(cancellationToken);

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            WriteUrl(xml, context.SiteUrl("/"), entries.Count > 0 ? entries.Max(e => e.UpdatedAt) : null);
            foreach (var (path, updatedAt) in entries) WriteUrl(xml, context.SiteUrl(path), updatedAt);
            foreach (var category in categories) WriteUrl(xml, context.SiteUrl(PostPaths.Category(category.Slug)), null);
            foreach (var tag in tags) WriteUrl(xml, context.SiteUrl(PostPaths.Tag(tag.Slug)), null);
            xml.WriteEndElement();
        }
        return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    private static void WriteUrl(XmlWriter xml, string url, DateTime? lastModified)
    {
        xml.WriteStartElement("url", SitemapNamespace);
        xml.WriteElementString("loc", SitemapNamespace, url);
        if (lastModified is { } modified) xml.WriteElementString("lastmod", SitemapNamespace, Dates.Iso(modified));
        xml.WriteEndElement();
    }
}
