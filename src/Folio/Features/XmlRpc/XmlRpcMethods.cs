using System.Collections.Frozen;

namespace Folio.Features.XmlRpc;

/// <summary>
/// The methods Folio answers, by WordPress's names, and where each takes its parameters: most
/// start with the blog id, username and password (Blogger's with an app key before them, some
/// MetaWeblog ones with the post id instead of the blog id). The host says which site a call is
/// for, as on WordPress: the blog id is not needed to find it, so it is never trusted to.
/// </summary>
public static class XmlRpcMethods
{
    /// <summary>A method: where its username and password are (null: it needs none), and what it does with the call.</summary>
    public sealed record Method(int? LoginAt, int Parameters, Func<IServiceProvider, XmlRpcParameters, HttpContext, Task<object>> Run);

    public static readonly FrozenDictionary<string, Method> All = new Dictionary<string, Method>
    {
        ["system.listMethods"] = new(null, 0, (_, _, _) => Task.FromResult<object>(Names)),
        ["mt.supportedMethods"] = new(null, 0, (_, _, _) => Task.FromResult<object>(Names)),
        ["wp.getUsersBlogs"] = new(0, 2, (services, _, context) => Blogs(services, context)),
        ["blogger.getUsersBlogs"] = new(1, 3, (services, _, context) => Blogs(services, context)),

        ["wp.getPost"] = new(1, 4, (services, call, context) => Posts(services).GetAsync(call.Id(3), context)),
        ["wp.getPosts"] = new(1, 3, (services, call, context) => Posts(services).ListAsync(call.Struct(3), context)),
        ["wp.newPost"] = new(1, 4, (services, call, context) => Posts(services).NewAsync(call.Struct(3), context)),
        ["wp.editPost"] = new(1, 5, (services, call, context) => Posts(services).EditAsync(call.Id(3), call.Struct(4), context)),
        ["wp.deletePost"] = new(1, 4, (services, call, context) => Posts(services).DeleteAsync(call.Id(3), context)),
        ["wp.uploadFile"] = new(1, 4, (services, call, context) => Media(services).UploadAsync(call.Struct(3), context)),
        ["wp.getTerms"] = new(1, 4, (services, call, context) => Terms(services).ListAsync(call.Text(3), call.Struct(4), context)),
        ["wp.getTerm"] = new(1, 5, (services, call, context) => Terms(services).OneAsync(call.Text(3), call.Id(4), context)),

        ["metaWeblog.newPost"] = new(1, 4, (services, call, context) => Posts(services).NewMetaWeblogAsync(call.Struct(3), call.Flag(4), context)),
        ["metaWeblog.editPost"] = new(1, 4, (services, call, context) => Posts(services).EditMetaWeblogAsync(call.Id(0), call.Struct(3), call.Flag(4), context)),
        ["metaWeblog.getPost"] = new(1, 3, (services, call, context) => Posts(services).GetMetaWeblogAsync(call.Id(0), context)),
        ["metaWeblog.getRecentPosts"] = new(1, 3, (services, call, context) => Posts(services).RecentMetaWeblogAsync(call.Count(3, 10), context)),
        ["metaWeblog.deletePost"] = new(2, 4, (services, call, context) => Posts(services).DeleteAsync(call.Id(1), context)),
        ["blogger.deletePost"] = new(2, 4, (services, call, context) => Posts(services).DeleteAsync(call.Id(1), context)),
        ["metaWeblog.getCategories"] = new(1, 3, (services, _, context) => Terms(services).CategoriesAsync(context)),
        ["metaWeblog.newMediaObject"] = new(1, 4, (services, call, context) => Media(services).UploadAsync(call.Struct(3), context)),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static string[] Names => [.. All.Keys.Order(StringComparer.Ordinal)];

    private static XmlRpcPosts Posts(IServiceProvider services) => services.GetRequiredService<XmlRpcPosts>();

    private static XmlRpcMedia Media(IServiceProvider services) => services.GetRequiredService<XmlRpcMedia>();

    private static XmlRpcTerms Terms(IServiceProvider services) => services.GetRequiredService<XmlRpcTerms>();

    private static Task<object> Blogs(IServiceProvider services, HttpContext context) => services.GetRequiredService<XmlRpcBlogs>().OfCallerAsync(context);
}
