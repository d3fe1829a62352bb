using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.RestApi;
using Folio.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.XmlRpc;

/// <summary>
/// <c>wp.getTerms</c>, <c>wp.getTerm</c> and <c>metaWeblog.getCategories</c>: the site's categories
/// and tags, read as the REST API reads them (<see cref="RestTerms.Rows"/>), for the writers of the
/// site (WordPress asks for the right to edit posts).
/// </summary>
public sealed class XmlRpcTerms(SiteAccess access, RestTerms terms)
{
    /// <summary>The filter's <c>number</c>, <c>offset</c>, <c>search</c>, <c>hide_empty</c> and <c>order</c> (by name).</summary>
    public async Task<object> ListAsync(string taxonomy, IReadOnlyDictionary<string, object?> filter, HttpContext context)
    {
        var query = await RowsAsync(taxonomy, context);
        if (XmlRpcValues.Text(filter.GetValueOrDefault("search")) is { Length: > 0 } words) query = query.Where(t => t.Name.Contains(words));
        if (XmlRpcValues.Flag(filter.GetValueOrDefault("hide_empty"))) query = query.Where(t => t.Count > 0);
        query = XmlRpcValues.Text(filter.GetValueOrDefault("order"))?.Equals("DESC", StringComparison.OrdinalIgnoreCase) == true
            ? query.OrderByDescending(t => t.Name).ThenBy(t => t.Id)
            : query.OrderBy(t => t.Name).ThenBy(t => t.Id);
        if (filter.TryGetValue("offset", out var offset)) query = query.Skip(XmlRpcValues.Count(offset, "offset"));
        if (filter.TryGetValue("number", out var number)) query = query.Take(XmlRpcValues.Count(number, "number"));
        return (await query.ToListAsync(context.RequestAborted)).Select(row => XmlRpcPostViews.Term(row, taxonomy)).ToList();
    }

    public async Task<object> OneAsync(string taxonomy, long id, HttpContext context) =>
        await (await RowsAsync(taxonomy, context)).FirstOrDefaultAsync(t => t.Id == id, context.RequestAborted) is { } row
            ? XmlRpcPostViews.Term(row, taxonomy)
            : throw new XmlRpcFault(404, "Invalid term ID.");

    public async Task<object> CategoriesAsync(HttpContext context) =>
        (await (await RowsAsync("category", context)).OrderBy(t => t.Name).ToListAsync(context.RequestAborted)).Select(row =>
        {
            var archive = context.SiteUrl(PostPaths.Category(row.Slug));
            var id = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Dictionary<string, object?>
            {
                ["categoryId"] = id,
                ["parentId"] = "0",
                ["categoryName"] = row.Name,
                ["categoryDescription"] = "",
                ["description"] = row.Name,
                ["htmlUrl"] = archive,
                ["rssUrl"] = archive + "feed/",
            };
        }).ToList();

    private async Task<IQueryable<RestTerms.Row>> RowsAsync(string taxonomy, HttpContext context)
    {
        if (await access.RoleAsync(context.RequestAborted) is null)
            throw new XmlRpcFault(401, "Sorry, you are not allowed to assign terms in this taxonomy.");
        return taxonomy switch
        {
            "category" => terms.Rows(categories: true, postId: null),
            "post_tag" => terms.Rows(categories: false, postId: null),
            _ => throw new XmlRpcFault(403, $"Invalid taxonomy: {taxonomy}. Folio has category and post_tag."),
        };
    }
}
