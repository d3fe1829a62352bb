using System.Text;
using System.Xml.Linq;
using Folio.Features.RestApi;
using Folio.Infrastructure;

namespace Folio.Features.XmlRpc;

/// <summary>
/// Really Simple Discovery (RSD 1.0), as WordPress serves it at <c>/xmlrpc.php?rsd</c> and links
/// it from every page (<c>&lt;link rel="EditURI"&gt;</c>): where a desktop editor finds the
/// site's XML-RPC API (as "WordPress", its preferred dialect, and MetaWeblog; Folio answers
/// too few of Blogger's and Movable Type's methods to offer them) and its REST API.
/// </summary>
public static class ReallySimpleDiscovery
{
    public const string DocumentPath = XmlRpcApi.Path + "?rsd";
    public const string ContentType = "application/rsd+xml";

    private static readonly XNamespace Rsd = "http://archipelago.phrasewise.com/rsd";

    public static IResult Document(HttpContext context)
    {
        var home = context.SiteUrl("/");
        var xmlRpc = context.SiteUrl(XmlRpcApi.Path);
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Rsd + "rsd", new XAttribute("version", "1.0"),
                new XElement(Rsd + "service",
                    new XElement(Rsd + "engineName", "Folio"),
                    new XElement(Rsd + "engineLink", home),
                    new XElement(Rsd + "homePageLink", home),
                    new XElement(Rsd + "apis",
                        Api("WordPress", xmlRpc, preferred: true),
                        Api("MetaWeblog", xmlRpc, preferred: false),
                        Api("WP-API", context.SiteUrl(RestApiRoutes.Root), preferred: false)))));
        return Results.Text(document.Declaration + "\n" + document, ContentType + "; charset=UTF-8", Encoding.UTF8);
    }

    private static XElement Api(string name, string apiLink, bool preferred) =>
        new(Rsd + "api", new XAttribute("name", name), new XAttribute("blogID", "1"), new XAttribute("preferred", preferred ? "true" : "false"), new XAttribute("apiLink", apiLink));
}
