using System.Globalization;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Http.Extensions;

namespace Folio.Features.RestApi;

/// <summary>
/// WordPress's collection parameters (<c>page</c>, <c>per_page</c>, <c>order</c>, <c>orderby</c>)
/// and its answers: <c>X-WP-Total</c> and <c>X-WP-TotalPages</c> headers, <c>Link</c> to the previous and next pages, and errors in its shape,
/// so that its clients page through Folio as they do through WordPress.
/// </summary>
public sealed record RestPaging(int Page, int PerPage, bool Ascending, string OrderBy)
{
    public const int MaxPerPage = 100;

    public int Skip => (Page - 1) * PerPage;

    /// <summary>The paging the request asks for, or the error WordPress would answer.</summary>
    /// <param name="request">The request.</param>
    /// <param name="defaultOrderBy">The order WordPress uses for this collection when none is asked for.</param>
    /// <param name="orderBys">The orders this collection offers.</param>
    /// <param name="ascendingByDefault">Whether WordPress lists this collection ascending by default (terms and users) or descending (posts and comments).</param>
    public static (RestPaging? Paging, IResult? Error) From(HttpRequest request, string defaultOrderBy, IReadOnlyCollection<string> orderBys, bool ascendingByDefault = false)
    {
        var query = request.Query;
        if (!Number(query["page"], 1, out var page) || page < 1) return (null, InvalidParameter("page", "page must be a whole number of 1 or more."));
        if (!Number(query["per_page"], 10, out var perPage) || perPage is < 1 or > MaxPerPage)
            return (null, InvalidParameter("per_page", $"per_page must be between 1 and {MaxPerPage}."));
        var order = query["order"].ToString() is { Length: > 0 } given ? given : ascendingByDefault ? "asc" : "desc";
        if (order is not ("asc" or "desc")) return (null, InvalidParameter("order", "order is not one of asc, desc."));
        var orderBy = query["orderby"].ToString() is { Length: > 0 } by ? by : defaultOrderBy;
        if (!orderBys.Contains(orderBy)) return (null, InvalidParameter("orderby", $"orderby is not one of {string.Join(", ", orderBys)}."));
        return (new RestPaging(page, perPage, order == "asc", orderBy), null);
    }

    /// <summary>A page of a collection with WordPress's totals; past the last page is an error, as in WordPress.</summary>
    public IResult Answer<T>(HttpResponse response, int total, IReadOnlyList<T> items)
    {
        var pages = (int)Math.Ceiling(total / (double)PerPage);
        if (Page > 1 && Page > pages)
            return Error("rest_post_invalid_page_number", "The page number requested is larger than the number of pages available.", StatusCodes.Status400BadRequest);
        response.Headers["X-WP-Total"] = total.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-WP-TotalPages"] = pages.ToString(CultureInfo.InvariantCulture);
        if (Page > 1) response.Headers.Append("Link", PageLink(response.HttpContext, Page - 1, "prev"));
        if (pages > Page) response.Headers.Append("Link", PageLink(response.HttpContext, Page + 1, "next"));
        return Results.Json(items);
    }

    /// <summary>
    /// The neighbouring page's address with every other parameter of the request kept, as WordPress
    /// links them: clients such as <c>@wordpress/api-fetch</c> follow <c>rel="next"</c> to fetch all.
    /// </summary>
    private static string PageLink(HttpContext context, int page, string relation)
    {
        var query = new QueryBuilder(context.Request.Query.Where(parameter => parameter.Key != "page")) { { "page", page.ToString(CultureInfo.InvariantCulture) } };
        return $"<{context.SiteUrl(context.Request.Path)}{query.ToQueryString()}>; rel=\"{relation}\"";
    }

    /// <summary>Comma- or array-style lists of ids (<c>categories=1,2</c> or <c>categories[]=1</c>), or null when absent; an invalid list is an error.</summary>
    public static (long[]? Ids, IResult? Error) Ids(HttpRequest request, string name)
    {
        var values = request.Query[name].Concat(request.Query[name + "[]"]).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (values.Count == 0) return (null, null);
        var ids = new List<long>();
        foreach (var value in values)
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return (null, InvalidParameter(name, $"{name} must be a list of ids."));
            ids.Add(id);
        }
        return ([.. ids], null);
    }

    public static IResult Error(string code, string message, int status) =>
        Results.Json(new { code, message, data = new { status } }, statusCode: status);

    /// <summary>
    /// 201 with the new item and its address in <c>Location</c>, set on the response itself so that
    /// it stays when <see cref="RestResponseFields"/> trims the item.
    /// </summary>
    public static IResult Created(HttpContext context, string location, object? item)
    {
        context.Response.Headers.Location = location;
        return Results.Json(item, statusCode: StatusCodes.Status201Created);
    }

    public static IResult NotFound(string code, string message) => Error(code, message, StatusCodes.Status404NotFound);

    public static IResult InvalidParameter(string name, string message) =>
        Results.Json(new { code = "rest_invalid_param", message = $"Invalid parameter(s): {name}", data = new { status = 400, @params = new Dictionary<string, string> { [name] = message } } },
            statusCode: StatusCodes.Status400BadRequest);

    private static bool Number(string? text, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text) || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
