using Folio.Features.Identity.ApplicationPasswords;
using Folio.Features.Media;
using Folio.Features.Sites;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Folio.Features.XmlRpc;

/// <summary>
/// WordPress's XML-RPC API at its address on every site, <c>/xmlrpc.php</c>, for the desktop
/// editors and services that still post through it (MarsEdit, Open Live Writer…), and its
/// discovery document at <c>/xmlrpc.php?rsd</c>. A caller signs in with the username and
/// application password in each call, as WordPress allows them; the account's own password is
/// refused, as with the REST API.
/// </summary>
public static class XmlRpcApi
{
    public const string Path = "/xmlrpc.php";

    /// <summary>Beyond the image itself (base64 makes it a third larger): the call's XML around it.</summary>
    private const long CallOverheadBytes = 1024 * 1024;

    public static IServiceCollection AddXmlRpc(this IServiceCollection services) => services
        .AddScoped<XmlRpcPosts>().AddScoped<XmlRpcMedia>().AddScoped<XmlRpcTerms>().AddScoped<XmlRpcBlogs>();

    public static IEndpointRouteBuilder MapXmlRpc(this IEndpointRouteBuilder endpoints)
    {
        // Open on private sites too: every call that reads or writes signs in and needs a member of the site.
        var xmlRpc = endpoints.MapGroup("").ForSites().OpenToStrangers();
        xmlRpc.MapPost(Path, CallAsync);
        // As WordPress: the address answers a browser in words, and discovery with ?rsd.
        xmlRpc.MapGet(Path, (HttpContext context) => context.Request.Query.ContainsKey("rsd")
            ? ReallySimpleDiscovery.Document(context)
            : Results.Text("XML-RPC server accepts POST requests only.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status405MethodNotAllowed));
        return endpoints;
    }

    private static async Task<IResult> CallAsync(HttpContext context, ApplicationPasswordSignIn signIn, IOptions<MediaOptions> media)
    {
        try
        {
            var call = XmlRpcCall.Read(await BodyAsync(context, media.Value));
            if (!XmlRpcMethods.All.TryGetValue(call.MethodName, out var method))
                throw new XmlRpcFault(XmlRpcFault.UnknownMethod, $"server error. requested method {call.MethodName} does not exist.");
            var parameters = new XmlRpcParameters(call.Parameters);
            parameters.Require(method.Parameters);
            if (method.LoginAt is { } at)
            {
                var (principal, _) = await signIn.SignInAsync(parameters.Text(at), parameters.Text(at + 1), context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
                context.User = principal ?? throw XmlRpcFault.Login();
            }
            return XmlRpcResponse.Success(await method.Run(context.RequestServices, parameters, context));
        }
        catch (XmlRpcFault fault)
        {
            return XmlRpcResponse.Fault(fault);
        }
    }

    /// <summary>The call's body, up to the largest image the library takes in base64 with room for the XML around it.</summary>
    private static async Task<byte[]> BodyAsync(HttpContext context, MediaOptions media)
    {
        var maxBytes = (media.MaxUploadBytes + 2) / 3 * 4 + CallOverheadBytes;
        var tooLarge = new XmlRpcFault(XmlRpcFault.NotWellFormed,
            $"parse error. The call is larger than {FileSizes.Readable(maxBytes)}, the most this server reads (an image of up to {FileSizes.Readable(media.MaxUploadBytes)} in base64). Nothing was saved.");
        if (context.Request.ContentLength > maxBytes) throw tooLarge;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            return body.ToArray();
        }
        // A body that did not say its length, stopped by the server at the limit.
        catch (BadHttpRequestException stopped) when (stopped.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw tooLarge;
        }
    }
}
