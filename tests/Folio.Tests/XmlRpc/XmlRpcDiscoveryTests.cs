using System.Net;
using System.Xml.Linq;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.XmlRpc;

/// <summary>Desktop editors find a site's XML-RPC API as they find WordPress's: from any page's EditURI link to its RSD document.</summary>
public sealed class XmlRpcDiscoveryTests(FolioApp app) : IClassFixture<FolioApp>
{
    private static readonly XNamespace Rsd = "http://archipelago.phrasewise.com/rsd";

    [Fact]
    public async Task Every_site_page_links_its_rsd_document_which_names_the_xml_rpc_and_rest_apis()
    {
        var client = app.DemoClient();
        var page = await Html.ParseAsync(await client.GetAsync("/"));
        var editUri = page.QuerySelector("link[rel=EditURI]");
        Assert.NotNull(editUri);
        Assert.Equal(("application/rsd+xml", "RSD"), (editUri.GetAttribute("type"), editUri.GetAttribute("title")));
        Assert.Equal("http://demo.localhost/xmlrpc.php?rsd", editUri.GetAttribute("href"));

        var response = await client.GetAsync(editUri.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rsd+xml", response.Content.Headers.ContentType?.MediaType);
        var service = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element(Rsd + "service")!;
        Assert.Equal("http://demo.localhost/", service.Element(Rsd + "homePageLink")?.Value);
        var apis = service.Element(Rsd + "apis")!.Elements(Rsd + "api")
            .Select(api => ((string?)api.Attribute("name"), (string?)api.Attribute("preferred"), (string?)api.Attribute("apiLink")))
            .ToList();
        Assert.Contains(("WordPress", "true", "http://demo.localhost/xmlrpc.php"), apis);
        Assert.Contains(("MetaWeblog", "false", "http://demo.localhost/xmlrpc.php"), apis);
        Assert.Contains(("WP-API", "false", "http://demo.localhost/wp-json/"), apis);
    }

    [Fact]
    public async Task The_api_address_answers_a_browser_in_words_and_belongs_to_sites_only()
    {
        var visited = await app.DemoClient().GetAsync("/xmlrpc.php");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, visited.StatusCode);
        Assert.Equal("XML-RPC server accepts POST requests only.", await visited.Content.ReadAsStringAsync());

        var platform = await app.ClientFor("localhost").PostAsync("/xmlrpc.php", new StringContent("<methodCall><methodName>system.listMethods</methodName></methodCall>"));
        Assert.Equal(HttpStatusCode.NotFound, platform.StatusCode);
    }
}
