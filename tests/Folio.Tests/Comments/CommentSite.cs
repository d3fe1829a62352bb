using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Folio.Tests.Comments;

/// <summary>
/// A site with one post open for comments, a moderator and an author, on a clock that stands
/// still: the mail it sends goes out when a test lets the outbox run (<see cref="BackgroundJobs"/>).
/// </summary>
public class CommentSite : FolioApp, IAsyncLifetime
{
    public override FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public const string Host = "talk.localhost";
    public string PostPath { get; private set; } = "";

    /// <summary>The site's administrator, owner-of-talk@example.com, who writes its posts.</summary>
    public long OwnerId { get; private set; }

    public async Task InitializeAsync()
    {
        var owner = OwnerId = await CreateSiteAsync("talk", "Talk");
        await AddMemberAsync("talk", "moderator@talk.example", SiteRole.Editor);
        await AddMemberAsync("talk", "author@talk.example", SiteRole.Author);
        PostPath = await SavePostAsync("talk", new SavePost { AuthorId = owner, Title = "Open for discussion", Body = "Tell us.", Status = PostStatus.Published });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public HttpClient Reader() => ClientFor(Host);

    /// <summary>Posts the "Leave a Reply" form as a guest's browser does (no token: the page is cached).</summary>
    public Task<HttpResponseMessage> CommentAsGuestAsync(HttpClient client, string comment, string name = "Grace", string email = "grace@example.com",
        string? url = null, long? parentId = null, string? honeypot = null, bool remember = false, string? onPath = null,
        Dictionary<string, string>? more = null)
    {
        var fields = new Dictionary<string, string>(more ?? []) { ["Form.Comment"] = comment, ["Form.Author"] = name, ["Form.Email"] = email };
        if (url is not null) fields["Form.Url"] = url;
        if (parentId is not null) fields["Form.ParentId"] = parentId.ToString()!;
        if (honeypot is not null) fields["Form.Phone"] = honeypot;
        if (remember) fields["Form.Remember"] = "true";
        return client.PostAsync($"{onPath ?? PostPath}?handler=Comment", new FormUrlEncodedContent(fields));
    }

    /// <summary>The id in a redirect to <c>…#comment-{id}</c>.</summary>
    public static long CommentIdIn(HttpResponseMessage response) =>
        long.Parse(response.Headers.Location!.OriginalString.Split("#comment-")[1]);
}
