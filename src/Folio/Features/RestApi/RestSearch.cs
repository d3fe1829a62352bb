using Folio.Data;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.RestApi;

/// <summary><c>/wp-json/wp/v2/search?search=…</c>: public posts and pages that match, best first, through the site's search index.</summary>
public sealed class RestSearch(FolioDbContext db, ISearchIndex searchIndex, CurrentSite currentSite, TimeProvider clock)
{
    public async Task<IResult> SearchAsync(HttpContext context)
    {
        var (paging, error) = RestPaging.From(context.Request, "relevance", ["relevance"]);
        if (paging is null) return error!;
        var words = context.Request.Query["search"].ToString();
        var ranked = words.Length == 0 ? [] : await searchIndex.SearchAsync(currentSite.Required.Id, words, 1000, context.RequestAborted);
        var candidates = ranked.ToArray();
        var found = await db.Posts.AsNoTracking().Where(PostVisibility.IsPublicAt(clock.GetUtcNow().UtcDateTime)).Where(p => candidates.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.Kind, PublishedLocal = p.PublishedLocal!.Value, p.Slug })
            .ToListAsync(context.RequestAborted);
        var byId = found.ToDictionary(p => p.Id);
        var visible = ranked.Where(byId.ContainsKey).ToList();
        var items = visible.Skip(paging.Skip).Take(paging.PerPage).Select(id => byId[id]).Select(p =>
        {
            var subtype = p.Kind == PostKind.Page ? "page" : "post";
            return new Dictionary<string, object?>
            {
                ["id"] = p.Id,
                ["title"] = p.Title,
                ["url"] = context.SiteUrl(PostPaths.Of(p.Kind, p.PublishedLocal, p.Slug)),
                ["type"] = "post",
                ["subtype"] = subtype,
                ["_links"] = new Dictionary<string, object> { ["self"] = new[] { new { embeddable = true, href = $"{RestApiRoutes.Url(context, subtype + "s")}/{p.Id}" } } },
            };
        }).ToList();
        return paging.Answer(context.Response, visible.Count, items);
    }
}
