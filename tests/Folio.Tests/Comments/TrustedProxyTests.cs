using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

/// <summary>
/// X-Forwarded-For names the client only when it comes from a proxy listed in
/// <c>Folio:TrustedProxies</c>; by default nobody is trusted, so a client cannot pick the address
/// its rate limit counts against. Real processes on a real socket, because the framework's own
/// default would trust loopback, where these requests come from.
/// </summary>
public sealed class TrustedProxyTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Theory]
    [InlineData("", HttpStatusCode.TooManyRequests)]
    [InlineData("127.0.0.1", HttpStatusCode.Redirect)]
    public async Task Forwarded_addresses_count_for_the_rate_limit_only_from_trusted_proxies(string trustedProxies, HttpStatusCode fourthComment)
    {
        using var server = await FolioServer.StartAsync(database, new Dictionary<string, string>
        {
            ["Folio:TrustedProxies"] = trustedProxies, ["Folio:CommentsPerMinute"] = "3", ["Folio:CommentMinimumSeconds"] = "0",
        });
        var post = (await server.Client("demo.localhost").GetDocumentAsync("/")).QuerySelector("article .post-title a")!.GetAttribute("href")!;

        var answers = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            using var client = server.Client("demo.localhost");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{i}");
            var response = await client.PostAsync(post + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Comment"] = $"From a new address, number {i}.", ["Form.Author"] = "Mask", ["Form.Email"] = $"mask{i}@example.com",
            }));
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, fourthComment], answers);
    }

    public void Dispose() => database.Dispose();
}
