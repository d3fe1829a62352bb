using System.Text.Json;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.RestApi;
using Folio.Features.Sites;
using Microsoft.EntityFrameworkCore;

namespace Folio.Features.XmlRpc;

/// <summary>
/// The post methods of WordPress's XML-RPC API (<c>wp.*Post*</c>) and of MetaWeblog and Blogger,
/// which desktop editors use. Writes go through the REST API's handler (<see cref="RestPostWrites"/>),
/// reads through its editor's view (<see cref="RestPosts.EditableAsync"/>), so the caller's role
/// allows the same here as there, and only this site's posts are ever found.
/// </summary>
public sealed class XmlRpcPosts(FolioDbContext db, SiteAccess access, RestPostWrites writes, RestPosts posts, RestTerms terms)
{
    /// <summary>The most posts one list answers, whatever number the client asks for.</summary>
    private const int MaxListed = 200;

    public Task<object> NewAsync(IReadOnlyDictionary<string, object?> content, HttpContext context) =>
        CreateAsync(KindOf(content), XmlRpcPostFields.FromWordPress(content), context);

    public Task<object> EditAsync(long id, IReadOnlyDictionary<string, object?> content, HttpContext context) =>
        UpdateAsync(id, XmlRpcPostFields.FromWordPress(content), context);

    public async Task<object> NewMetaWeblogAsync(IReadOnlyDictionary<string, object?> content, bool publish, HttpContext context) =>
        await CreateAsync(KindOf(content), XmlRpcPostFields.FromMetaWeblog(content, publish, await CategoriesAsync(content, context)), context);

    public async Task<object> EditMetaWeblogAsync(long id, IReadOnlyDictionary<string, object?> content, bool publish, HttpContext context) =>
        await UpdateAsync(id, XmlRpcPostFields.FromMetaWeblog(content, publish, await CategoriesAsync(content, context)), context);

    /// <summary>As WordPress: the post goes to the Trash, from where it can be restored.</summary>
    public async Task<object> DeleteAsync(long id, HttpContext context)
    {
        var empty = RestFields.Of(new Dictionary<string, object?>(), new Dictionary<string, IReadOnlyList<string>>());
        RestAnswers.Unwrap(await writes.DeleteAsync(await KindOfAsync(id, "delete", context), id, empty, context), context);
        return true;
    }

    /// <summary>The new post's id, as a string, as WordPress answers it.</summary>
    private async Task<object> CreateAsync(PostKind kind, RestFields fields, HttpContext context) =>
        XmlRpcPostViews.Id(RestAnswers.Unwrap(await writes.SaveAsync(kind, null, fields, context), context));

    private async Task<object> UpdateAsync(long id, RestFields fields, HttpContext context)
    {
        RestAnswers.Unwrap(await writes.SaveAsync(await KindOfAsync(id, "edit", context), id, fields, context), context);
        return true;
    }

    public async Task<object> GetAsync(long id, HttpContext context) => XmlRpcPostViews.WordPress(await EditableAsync(id, context), await TermsAsync(id, context));

    public async Task<object> GetMetaWeblogAsync(long id, HttpContext context) => XmlRpcPostViews.MetaWeblog(await EditableAsync(id, context), await TermsAsync(id, context));

    /// <summary><c>wp.getPosts</c>: the filter's <c>post_type</c>, <c>post_status</c>, <c>number</c>, <c>offset</c> and <c>order</c>.</summary>
    public async Task<object> ListAsync(IReadOnlyDictionary<string, object?> filter, HttpContext context)
    {
        var kind = KindOf(filter);
        PostStatus? status = null;
        if (XmlRpcValues.Text(filter.GetValueOrDefault("post_status")) is { Length: > 0 } statusName)
            status = statusName == "trash" ? PostStatus.Trash : RestPostStatus.Parse(statusName) ?? throw new XmlRpcFault(400, $"\"{statusName}\" is not one of publish, future, draft, pending, trash.");
        var number = filter.TryGetValue("number", out var given) ? XmlRpcValues.Count(given, "number") : 10;
        var offset = filter.TryGetValue("offset", out var skip) ? XmlRpcValues.Count(skip, "offset") : 0;
        var ascending = XmlRpcValues.Text(filter.GetValueOrDefault("order"))?.Equals("ASC", StringComparison.OrdinalIgnoreCase) == true;
        var listed = new List<object>();
        foreach (var (id, post) in await ListedAsync(kind, status, number, offset, ascending, context))
            listed.Add(XmlRpcPostViews.WordPress(post, await TermsAsync(id, context)));
        return listed;
    }

    /// <summary><c>metaWeblog.getRecentPosts</c>: the newest posts the caller may edit, drafts too.</summary>
    public async Task<object> RecentMetaWeblogAsync(int number, HttpContext context)
    {
        var listed = new List<object>();
        foreach (var (id, post) in await ListedAsync(PostKind.Post, null, number, 0, ascending: false, context))
            listed.Add(XmlRpcPostViews.MetaWeblog(post, await TermsAsync(id, context)));
        return listed;
    }

    /// <summary>The posts of a kind that the caller may edit (all of them for editors, their own for the others), newest first.</summary>
    private async Task<IReadOnlyList<(long Id, JsonElement Post)>> ListedAsync(PostKind kind, PostStatus? status, int number, int offset, bool ascending, HttpContext context)
    {
        if (access.AccountId is not { } accountId || await access.RoleAsync(context.RequestAborted) is not { } role)
            throw new XmlRpcFault(401, "Sorry, you are not allowed to edit posts in this post type.");
        var query = db.Posts.AsNoTracking().Where(p => p.Kind == kind);
        query = status is { } only ? query.Where(p => p.Status == only) : query.Where(p => p.Status != PostStatus.Trash);
        if (role > SiteRole.Editor) query = query.Where(p => p.AuthorId == accountId);
        var ordered = ascending
            ? query.OrderBy(p => p.PublishedAt ?? p.UpdatedAt).ThenBy(p => p.Id)
            : query.OrderByDescending(p => p.PublishedAt ?? p.UpdatedAt).ThenByDescending(p => p.Id);
        var ids = await ordered.Skip(offset).Take(Math.Min(number, MaxListed)).Select(p => p.Id).ToListAsync(context.RequestAborted);
        var listed = new List<(long, JsonElement)>();
        foreach (var id in ids)
            if (await posts.EditableAsync(kind, id, context) is { } post) listed.Add((id, JsonSerializer.SerializeToElement(post, JsonSerializerOptions.Web)));
        return listed;
    }

    private async Task<JsonElement> EditableAsync(long id, HttpContext context)
    {
        var kind = await KindOfAsync(id, "edit", context);
        return await posts.EditableAsync(kind, id, context) is { } post
            ? JsonSerializer.SerializeToElement(post, JsonSerializerOptions.Web)
            : throw new XmlRpcFault(401, "Sorry, you are not allowed to edit this post: it is someone else's.");
    }

    private async Task<XmlRpcPostViews.Terms> TermsAsync(long id, HttpContext context) => new(
        await terms.Rows(categories: true, id).OrderBy(t => t.Name).ToListAsync(context.RequestAborted),
        await terms.Rows(categories: false, id).OrderBy(t => t.Name).ToListAsync(context.RequestAborted));

    /// <summary>Of the category names a MetaWeblog post gives, those the site has.</summary>
    private async Task<IReadOnlyList<string>?> CategoriesAsync(IReadOnlyDictionary<string, object?> content, HttpContext context) =>
        XmlRpcPostFields.CategoryNames(content) is { } names
            ? await db.Categories.Where(c => names.Contains(c.Name)).Select(c => c.Name).ToListAsync(context.RequestAborted)
            : null;

    /// <summary>
    /// The kind of this site's post or page with this id (another site's ids are not found here),
    /// for a caller who writes for this site: to anyone else, whether a post exists is not told.
    /// </summary>
    private async Task<PostKind> KindOfAsync(long id, string verb, HttpContext context)
    {
        if (access.AccountId is null || await access.RoleAsync(context.RequestAborted) is null)
            throw new XmlRpcFault(401, $"Sorry, you are not allowed to {verb} this post.");
        return await db.Posts.Where(p => p.Id == id).Select(p => (PostKind?)p.Kind).FirstOrDefaultAsync(context.RequestAborted)
            ?? throw new XmlRpcFault(404, "Invalid post ID.");
    }

    private static PostKind KindOf(IReadOnlyDictionary<string, object?> content) => XmlRpcValues.Text(content.GetValueOrDefault("post_type")) switch
    {
        null or "" or "post" => PostKind.Post,
        "page" => PostKind.Page,
        var other => throw new XmlRpcFault(403, $"Invalid post type: {other}. Folio has posts and pages."),
    };
}
