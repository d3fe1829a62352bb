using System.Net;
using System.Net.Http.Json;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Likes;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Likes;

/// <summary>A site whose owner writes posts that readers with platform accounts like.</summary>
public class LikeSite : FolioApp, IAsyncLifetime
{
    public const string Slug = "likes";
    public const string Host = "likes.localhost";
    public const string OwnerEmail = "owner-of-likes@example.com";

    public long OwnerId { get; private set; }

    public async Task InitializeAsync() => OwnerId = await CreateSiteAsync(Slug, "Likes");

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public HttpClient Reader() => ClientFor(Host);

    /// <summary>A published post of the owner's, new for each test so tests stay apart.</summary>
    public async Task<(long Id, string Path)> NewPostAsync(string title, string slug = Slug)
    {
        var path = await SavePostAsync(slug, new SavePost { AuthorId = OwnerId, Title = title, Body = "Worth a like.", Status = PostStatus.Published });
        var id = await QuerySiteAsync(slug, db => db.Posts.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        return (id, path);
    }

    /// <summary>Likes through the product's handler, as a request for the site would.</summary>
    public Task<LikeOutcome> LikeAsync(long postId, long accountId, string slug = Slug) => ForSiteAsync(slug, s =>
        s.GetRequiredService<LikePostHandler>().HandleAsync(new LikePost(postId, accountId), path => $"http://{slug}.localhost{path}"));

    public Task<int> LikeCountAsync(long postId, string slug = Slug) =>
        QuerySiteAsync(slug, db => db.PostLikes.CountAsync(l => l.PostId == postId));

    /// <summary>The JSON endpoint as a signed-in widget calls it: a GET for the token, then the POST.</summary>
    public static async Task<HttpResponseMessage> SetLikeThroughApiAsync(HttpClient client, long postId, bool liked)
    {
        var state = await client.GetFromJsonAsync<LikesJson>($"/likes/{postId}.json");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/likes/{postId}.json") { Content = JsonContent.Create(new LikeChange(liked)) };
        request.Headers.Add("RequestVerificationToken", state!.Token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
