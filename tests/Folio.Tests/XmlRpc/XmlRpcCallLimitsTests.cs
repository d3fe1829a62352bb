using System.Net;
using System.Text;
using System.Xml.Linq;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Folio.Tests.XmlRpc;

/// <summary>An XML-RPC call is read up to the size of the largest image the site takes (in base64) and a little more; a larger one is refused unread.</summary>
public sealed class XmlRpcCallLimitsTests(XmlRpcCallLimitsTests.SmallImagesApp app) : IClassFixture<XmlRpcCallLimitsTests.SmallImagesApp>
{
    /// <summary>Images of up to 3 KB: a call may then be 4 KB of base64 and 1 MB of XML.</summary>
    public sealed class SmallImagesApp : FolioApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:Media:MaxUploadBytes", "3072");
        }
    }

    [Fact]
    public async Task A_call_larger_than_the_largest_image_allows_is_refused_with_a_fault_saying_so()
    {
        var words = new string('a', 1024 * 1024 + 8 * 1024);
        var call = $"<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value>{words}</value></param></params></methodCall>";

        var response = await app.DemoClient().PostAsync("/xmlrpc.php", new StringContent(call, Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fault = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants("member")
            .ToDictionary(member => member.Element("name")!.Value, member => member.Element("value")!.Elements().Single().Value);
        Assert.Equal("-32700", fault["faultCode"]);
        Assert.Equal("parse error. The call is larger than 1 MB, the most this server reads (an image of up to 3 KB in base64). Nothing was saved.", fault["faultString"]);
    }
}
