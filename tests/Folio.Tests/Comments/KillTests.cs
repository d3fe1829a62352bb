using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

/// <summary>A comment answered as saved survives <c>kill -9</c> of the server (docs/architecture.md, principle 4).</summary>
public sealed class KillTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task A_saved_comment_survives_kill_9_of_the_server()
    {
        string heldLink;
        using (var server = await StartAsync())
        {
            using var client = server.Client("demo.localhost");
            var home = await client.GetDocumentAsync("/");
            var post = home.QuerySelector("article .post-title a")!.GetAttribute("href")!;
            var saved = await client.PostAsync(post + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Form.Comment"] = "Written just before the crash.", ["Form.Author"] = "Kim", ["Form.Email"] = "kim@example.com",
            }));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            heldLink = saved.Headers.Location!.OriginalString.Split('#')[0];

            await server.KillAsync();
        }

        using var restarted = await StartAsync();
        using var reader = restarted.Client("demo.localhost");
        var page = await reader.GetDocumentAsync(heldLink);
        Assert.Contains(page.QuerySelectorAll(".comment-content"), c => c.TextContent.Trim() == "Written just before the crash.");
    }

    private Task<FolioServer> StartAsync() => FolioServer.StartAsync(database, [new("Folio:DemoPassword", FolioApp.DemoPassword)]);

    public void Dispose() => database.Dispose();
}
