using System.Collections.Concurrent;
using System.Net;
using Folio.Data;
using Folio.Features.Comments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Folio.Tests.Comments;

/// <summary>An Akismet-compatible service, played by a small local server that speaks its protocol.</summary>
public sealed class AkismetTests(AkismetTests.SiteWithSpamService site) : IClassFixture<AkismetTests.SiteWithSpamService>
{
    /// <summary>Answers as Akismet does: its documented test author is spam, and "discard me" is spam not worth keeping.</summary>
    public sealed class SpamService : IAsyncDisposable
    {
        private readonly WebApplication server;
        public ConcurrentQueue<IFormCollection> Checks { get; } = new();

        public SpamService()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            server = builder.Build();
            server.MapPost("/1.1/comment-check", async (HttpContext context) =>
            {
                var form = await context.Request.ReadFormAsync();
                Checks.Enqueue(form);
                if (form["api_key"] != "test-key") return Results.Text("invalid");
                var content = form["comment_content"].ToString();
                if (content.Contains("discard me")) context.Response.Headers["X-akismet-pro-tip"] = "discard";
                return Results.Text(form["comment_author"] == "viagra-test-123" || content.Contains("discard me") ? "true" : "false");
            });
            server.MapPost("/broken/comment-check", () => Results.StatusCode(500));
            server.StartAsync().GetAwaiter().GetResult();
        }

        public string Url(string path) => server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + path;

        public async ValueTask DisposeAsync() => await server.DisposeAsync();
    }

    public sealed class SiteWithSpamService : CommentSite
    {
        public SpamService Service { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:Akismet:Endpoint", Service.Url("/1.1/comment-check"));
            builder.UseSetting("Folio:Akismet:ApiKey", "test-key");
        }

        public override async ValueTask DisposeAsync()
        {
            await Service.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_service_hears_the_comment_with_its_context_and_its_spam_verdict_files_it_as_spam()
    {
        var client = site.Reader();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("SpamBot/1.0");
        var response = await site.CommentAsGuestAsync(client, "Cheap pills here.", name: "viagra-test-123", email: "pills@example.com", url: "https://pills.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var check = Assert.Single(site.Service.Checks, c => c["comment_content"] == "Cheap pills here.");
        Assert.Equal("pills@example.com", check["comment_author_email"]);
        Assert.Equal("https://pills.example", check["comment_author_url"]);
        Assert.Equal("SpamBot/1.0", check["user_agent"]);
        Assert.Equal($"http://talk.localhost{site.PostPath}", check["permalink"]);
        Assert.Equal(CommentStatus.Spam, await StatusOfCommentByAsync("pills@example.com"));
        Assert.DoesNotContain("Cheap pills here.", await site.Reader().GetStringAsync(site.PostPath));
    }

    [Fact]
    public async Task Spam_the_service_says_to_discard_is_not_kept_and_ham_follows_the_sites_own_rules()
    {
        await site.CommentAsGuestAsync(site.Reader(), "Please discard me.", name: "Dee", email: "dee@example.com");
        await site.CommentAsGuestAsync(site.Reader(), "A fair question.", name: "Fay", email: "fay@example.com");

        Assert.Null(await StatusOfCommentByAsync("dee@example.com"));
        Assert.Equal(CommentStatus.Pending, await StatusOfCommentByAsync("fay@example.com")); // a first-time commenter, held as the site chose
    }

    private Task<CommentStatus?> StatusOfCommentByAsync(string email) => site.ForSiteAsync("talk", s =>
        s.GetRequiredService<FolioDbContext>().Comments.Where(c => c.AuthorEmail == email).Select(c => (CommentStatus?)c.Status).FirstOrDefaultAsync());
}

/// <summary>When the spam service fails, comments wait for a person rather than go up unchecked or get lost.</summary>
public sealed class AkismetDownTests(AkismetDownTests.SiteWithBrokenSpamService site) : IClassFixture<AkismetDownTests.SiteWithBrokenSpamService>
{
    public sealed class SiteWithBrokenSpamService : CommentSite
    {
        private readonly AkismetTests.SpamService service = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:Akismet:Endpoint", service.Url("/broken/comment-check"));
            builder.UseSetting("Folio:Akismet:ApiKey", "test-key");
        }

        public override async ValueTask DisposeAsync()
        {
            await service.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_comment_is_held_for_a_moderator_while_the_service_fails()
    {
        await site.UpdateSiteAsync("talk", s => s.CommentModeration = Folio.Features.Sites.CommentModeration.PublishDirectly);
        var response = await site.CommentAsGuestAsync(site.Reader(), "Checked by nobody.", name: "Nod", email: "nod@example.com");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("?held=", response.Headers.Location!.OriginalString);
        Assert.Equal(CommentStatus.Pending, await site.ForSiteAsync("talk", s =>
            s.GetRequiredService<FolioDbContext>().Comments.Where(c => c.AuthorEmail == "nod@example.com").Select(c => c.Status).SingleAsync()));
    }
}
