using System.Net;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

/// <summary>
/// Comments arriving together are committed together (<see cref="CommentWriter"/>); readers must
/// not be able to tell, except by the speed.
/// </summary>
public sealed class GroupCommitTests(CommentSite site) : IClassFixture<CommentSite>
{
    /// <summary>A site that publishes comments at once, so that each tells the post's author; returns its host and the post's path.</summary>
    private async Task<(string Host, string PostPath, long OwnerId)> OpenSiteAsync(string slug)
    {
        var ownerId = await site.CreateSiteAsync(slug, $"Site {slug}");
        await site.UpdateSiteAsync(slug, s => s.CommentModeration = Folio.Features.Sites.CommentModeration.PublishDirectly);
        var path = await site.SavePostAsync(slug, new SavePost { AuthorId = ownerId, Title = "Busy post", Body = "Say something.", Status = PostStatus.Published });
        return ($"{slug}.localhost", path, ownerId);
    }

    private static Task<HttpResponseMessage[]> PostAllAtOnceAsync(CommentSite site, HttpClient client, string path, IEnumerable<(string Comment, string Name, string Email)> comments) =>
        Task.WhenAll(comments.Select(c => Task.Run(() => site.CommentAsGuestAsync(client, c.Comment, c.Name, c.Email, onPath: path))));

    [Fact]
    public async Task Two_hundred_comments_posted_at_once_are_each_stored_once_with_their_own_anchor_notification_and_mail()
    {
        var (host, path, ownerId) = await OpenSiteAsync("crowd");
        var reader = site.ClientFor(host);
        await reader.GetAsync(path); // the page is now cached
        var sent = Enumerable.Range(0, 200).Select(i => ($"Comment number {i} of the crowd.", $"Reader {i}", $"reader-{i}@example.com")).ToList();

        var responses = await PostAllAtOnceAsync(site, reader, path, sent);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var ids = responses.Select(CommentSite.CommentIdIn).ToList();
        Assert.Equal(200, ids.Distinct().Count());
        var stored = await site.ForSiteAsync("crowd", s => s.GetRequiredService<FolioDbContext>().Comments.AsNoTracking()
            .ToDictionaryAsync(c => c.Id, c => c.Body));
        Assert.Equal(200, stored.Count);
        for (var i = 0; i < sent.Count; i++) Assert.Equal(sent[i].Item1, stored[ids[i]]); // each answer names its own comment

        var notified = await site.ForSiteAsync("crowd", s => s.GetRequiredService<FolioDbContext>().Notifications.AsNoTracking()
            .Where(n => n.AccountId == ownerId).Select(n => n.Url).ToListAsync());
        Assert.Equal(ids.Select(id => $"{path}#comment-{id}").Order(), notified.Order());
        var mails = await site.ForSiteAsync("crowd", s => s.GetRequiredService<FolioDbContext>().MailOutbox.AsNoTracking()
            .Where(m => m.To == "owner-of-crowd@example.com").Select(m => m.Text).ToListAsync());
        Assert.Equal(200, mails.Count);
        Assert.All(ids, id => Assert.Single(mails, m => m.Contains($"{path}#comment-{id}\n")));

        var page = await reader.GetDocumentAsync(path); // evicted: every comment is on the next view
        Assert.Equal(200, page.QuerySelectorAll(".comment-content").Length);
    }

    [Fact]
    public async Task The_authors_notification_and_mail_exist_the_moment_the_comment_is_answered()
    {
        var (host, path, ownerId) = await OpenSiteAsync("prompt");

        var response = await site.CommentAsGuestAsync(site.ClientFor(host), "Tell the author.", "Tess", "tess@example.com", onPath: path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var anchor = $"{path}#comment-{CommentSite.CommentIdIn(response)}";
        Assert.True(await site.ForSiteAsync("prompt", s => s.GetRequiredService<FolioDbContext>().Notifications.AnyAsync(n => n.AccountId == ownerId && n.Url == anchor)));
        Assert.True(await site.ForSiteAsync("prompt", s => s.GetRequiredService<FolioDbContext>().MailOutbox
            .AnyAsync(m => m.To == "owner-of-prompt@example.com" && m.Text.Contains($"http://{host}{anchor}"))));
    }

    [Fact]
    public async Task The_same_comment_sent_ten_times_at_once_is_stored_once()
    {
        var (host, path, _) = await OpenSiteAsync("echo");

        var responses = await PostAllAtOnceAsync(site, site.ClientFor(host), path, Enumerable.Repeat(("Did my click work?", "Clicky", "clicky@example.com"), 10));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
            Assert.Contains(CommentRefusalTexts.Duplicate, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(1, await site.ForSiteAsync("echo", s => s.GetRequiredService<FolioDbContext>().Comments.CountAsync()));
    }

    [Fact]
    public async Task Comments_refused_in_the_middle_of_a_crowd_leave_the_others_saved()
    {
        var (host, path, _) = await OpenSiteAsync("mixed");
        var reader = site.ClientFor(host);
        await site.CommentAsGuestAsync(reader, "Said before.", "Early", "early@example.com", onPath: path);
        await RefuseInTheDatabaseAsync();
        var sent = Enumerable.Range(0, 60).Select(i => (i % 10) switch
        {
            3 => ($"Nameless {i}.", "", $"nameless-{i}@example.com"),
            6 => ("Said before.", "Early", "early@example.com"),
            9 => (RefusedBody, $"Unlucky {i}", $"unlucky-{i}@example.com"),
            _ => ($"Welcome words {i}.", $"Guest {i}", $"guest-{i}@example.com"),
        }).ToList();

        var responses = await PostAllAtOnceAsync(site, reader, path, sent);

        var stored = await site.ForSiteAsync("mixed", s => s.GetRequiredService<FolioDbContext>().Comments.AsNoTracking().Select(c => c.Body).ToListAsync());
        for (var i = 0; i < sent.Count; i++)
        {
            var body = WebUtility.HtmlDecode(await responses[i].Content.ReadAsStringAsync());
            switch (i % 10)
            {
                case 3:
                    Assert.Equal(HttpStatusCode.UnprocessableEntity, responses[i].StatusCode);
                    Assert.Contains("Please give your name.", body);
                    break;
                case 6:
                    Assert.Equal(HttpStatusCode.UnprocessableEntity, responses[i].StatusCode);
                    Assert.Contains(CommentRefusalTexts.Duplicate, body);
                    break;
                case 9:
                    Assert.Equal(HttpStatusCode.UnprocessableEntity, responses[i].StatusCode);
                    Assert.Contains("Your comment could not be saved just now. Please post it again.", body);
                    break;
                default:
                    Assert.Equal(HttpStatusCode.Redirect, responses[i].StatusCode);
                    Assert.Single(stored, sent[i].Item1);
                    break;
            }
        }
        Assert.Equal(1 + 42, stored.Count); // the early one and the 42 good ones
    }

    private const string RefusedBody = "This comment the database refuses.";

    /// <summary>A real failure at write time, after every check passed: the database itself refuses comments with <see cref="RefusedBody"/>.</summary>
    private Task RefuseInTheDatabaseAsync() => site.ForSiteAsync("mixed", async s =>
    {
        const string postgres = $"""
            CREATE FUNCTION refuse_comment() RETURNS trigger AS $$
            BEGIN IF NEW.body = '{RefusedBody}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER refuse_comment BEFORE INSERT ON comments FOR EACH ROW EXECUTE FUNCTION refuse_comment();
            """;
        const string sqlite = $"""
            CREATE TRIGGER refuse_comment BEFORE INSERT ON comments WHEN NEW.body = '{RefusedBody}'
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
            """;
        return await s.GetRequiredService<FolioDbContext>().Database.ExecuteSqlRawAsync(TestDatabase.IsPostgres ? postgres : sqlite);
    });
}

/// <summary>A server that stops while comments arrive saves each one or says it did not; none is lost.</summary>
public sealed class CommentWriterStopTests(CommentSite site) : IClassFixture<CommentSite>
{
    [Fact]
    public async Task Comments_posted_while_the_server_stops_are_saved_or_refused_clearly_never_lost()
    {
        var reader = site.Reader();
        var crowd = Enumerable.Range(0, 100)
            .Select(i => Task.Run(() => site.CommentAsGuestAsync(reader, $"Said as the lights go out, {i}.", $"Late {i}", $"late-{i}@example.com")))
            .ToList();
        await Task.WhenAny(crowd); // some are answered, the rest on their way

        await site.Services.GetRequiredService<CommentWriter>().StopAsync(CancellationToken.None);
        var responses = await Task.WhenAll(crowd);

        var stored = await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.AsNoTracking()
            .Where(c => c.Body.StartsWith("Said as the lights go out")).Select(c => c.Id).ToListAsync());
        var saved = responses.Where(r => r.StatusCode == HttpStatusCode.Redirect).Select(CommentSite.CommentIdIn).ToList();
        Assert.NotEmpty(saved);
        Assert.Equal(saved.Order(), stored.Order());
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("The site is restarting and your comment was not saved. Please post it again in a moment.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }

        var after = await site.CommentAsGuestAsync(reader, "Too late to be saved.", "Last", "last@example.com");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, after.StatusCode);
        Assert.Contains("The site is restarting and your comment was not saved. Please post it again in a moment.", WebUtility.HtmlDecode(await after.Content.ReadAsStringAsync()));
    }
}
