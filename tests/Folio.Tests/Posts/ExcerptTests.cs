using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Folio.Tests.RestApi;

namespace Folio.Tests.Posts;

/// <summary>
/// A post's summary (home page, search, meta description, social cards, feeds) is the excerpt
/// written by hand, else made afresh from the words at every save, as in WordPress.
/// </summary>
public sealed class ExcerptTests(ExcerptTests.SummarySite site) : IClassFixture<ExcerptTests.SummarySite>
{
    private const string WelcomeWords = "This is your first post";

    /// <summary>A site made as sign-up makes one: with its welcome draft.</summary>
    public sealed class SummarySite : FolioApp, IAsyncLifetime
    {
        public const string Host = "summaries.localhost";
        public const string OwnerEmail = "owner@summaries.example";
        public long OwnerId { get; private set; }
        public long WelcomePostId { get; private set; }

        public async Task InitializeAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var owner = await scope.ServiceProvider.GetRequiredService<CreateAccountHandler>().HandleAsync(new CreateAccount(OwnerEmail, MemberPassword, "Sam Summary"));
            OwnerId = owner.Account!.Id;
            var created = await scope.ServiceProvider.GetRequiredService<CreateSiteHandler>()
                .HandleAsync(new CreateSite("summaries", "Summaries", OwnerId) { WithWelcomePost = true });
            WelcomePostId = created.WelcomePostId!.Value;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_welcome_post_rewritten_in_the_editor_is_summed_up_by_its_new_words_everywhere()
    {
        var owner = await site.SignedInClientAsync(SummarySite.Host, SummarySite.OwnerEmail);
        var editor = $"/admin/posts/{site.WelcomePostId}/";

        var saved = await SubmitEditorAsync(owner, editor, "Publish", ("Input.Title", "Tide tables"), ("Input.Body", "The spring tides arrive on Tuesday, higher than any this year."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reader = site.ClientFor(SummarySite.Host);
        Assert.DoesNotContain(WelcomeWords, (await reader.GetDocumentAsync("/")).QuerySelector(".post-list")!.TextContent);
        const string Summary = "The spring tides arrive on Tuesday, higher than any this year.";
        Assert.Equal(Summary, SummaryOf(await reader.GetDocumentAsync("/"), "Tide tables"));
        Assert.Equal(Summary, SummaryOf(await reader.GetDocumentAsync("/?s=tides"), "Tide tables"));
        var page = await reader.GetDocumentAsync(await PathOfAsync(site.WelcomePostId));
        Assert.Equal(Summary, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(Summary, page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal(Summary, page.QuerySelector("meta[name='twitter:description']")!.GetAttribute("content"));
        Assert.Equal(Summary, (await JsonFeedItemAsync(reader, "Tide tables")).GetProperty("summary").GetString());
        // The editor offers no excerpt of its own to keep: the summary follows the words.
        Assert.Equal("", (await owner.GetDocumentAsync(editor)).QuerySelector("#excerpt")!.TextContent);
    }

    [Fact]
    public async Task A_post_rewritten_through_the_REST_API_is_summed_up_by_its_new_words()
    {
        var client = await RestClientAsync();
        var created = await BodyAsync(await client.PostAsJsonAsync("/wp-json/wp/v2/posts", new { title = "Ferry timetable", content = "<p>The morning ferry leaves at seven.</p>", status = "publish" }));
        var id = created.GetProperty("id").GetInt64();

        var updated = await BodyAsync(await client.PostAsJsonAsync($"/wp-json/wp/v2/posts/{id}", new { content = "<p>The morning ferry now leaves at half past six.</p>" }));

        Assert.Equal("<p>The morning ferry now leaves at half past six.</p>\n", updated.GetProperty("excerpt").GetProperty("rendered").GetString());
        Assert.Equal("", updated.GetProperty("excerpt").GetProperty("raw").GetString()); // none written by hand, as WordPress says
        Assert.Equal("The morning ferry now leaves at half past six.", SummaryOf(await site.ClientFor(SummarySite.Host).GetDocumentAsync("/"), "Ferry timetable"));
    }

    [Fact]
    public async Task An_excerpt_written_by_hand_stays_when_the_words_change_in_the_editor_or_through_the_API()
    {
        var owner = await site.SignedInClientAsync(SummarySite.Host, SummarySite.OwnerEmail);
        var created = await owner.PostFormAsync("/admin/posts/new/", new()
        {
            ["Input.Kind"] = "Post", ["Input.Title"] = "Harbour wall", ["Input.Body"] = "Repairs begin in March.", ["Input.BodyFormat"] = "Markdown",
            ["Input.Excerpt"] = "Our pick of the week.", ["action"] = "Publish",
        });
        var editor = created.Headers.Location!.OriginalString.Replace("?saved=1", "");
        var id = long.Parse(editor.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]);

        await SubmitEditorAsync(owner, editor, "Publish", ("Input.Body", "Repairs begin in April, a month late."));
        var afterEditor = SummaryOf(await site.ClientFor(SummarySite.Host).GetDocumentAsync("/"), "Harbour wall");
        var api = await BodyAsync(await (await RestClientAsync()).PostAsJsonAsync($"/wp-json/wp/v2/posts/{id}", new { content = "<p>Repairs begin in May.</p>" }));

        Assert.Equal("Our pick of the week.", afterEditor);
        Assert.Equal("Our pick of the week.", api.GetProperty("excerpt").GetProperty("raw").GetString());
        Assert.Equal("Our pick of the week.", SummaryOf(await site.ClientFor(SummarySite.Host).GetDocumentAsync("/"), "Harbour wall"));
        Assert.Equal("Our pick of the week.", (await owner.GetDocumentAsync(editor)).QuerySelector("#excerpt")!.TextContent);
    }

    [Fact]
    public async Task Summaries_an_earlier_version_froze_are_made_again_from_the_words_and_hand_written_ones_stay()
    {
        // What earlier versions left: each post saved once, then its words changed by a save that
        // sent back the summary it was shown, so that summary stayed (a revision keeps the old words).
        var frozen = await SavedThenRewrittenAsync("Frozen summary", "The first words, long gone.", "The words as they are now.", excerpt: null);
        var written = await SavedThenRewrittenAsync("Written summary", "Old words of a post.", "New words of a post.", excerpt: "A summary written by hand.");

        await site.Services.GetRequiredService<ExcerptRepair>().RepairAsync(CancellationToken.None);

        var home = await site.ClientFor(SummarySite.Host).GetDocumentAsync("/");
        Assert.Equal("The words as they are now.", SummaryOf(home, "Frozen summary"));
        Assert.Equal("A summary written by hand.", SummaryOf(home, "Written summary"));
        Assert.Equal(("The words as they are now.", "A summary written by hand."), (await ExcerptAsync(frozen), await ExcerptAsync(written)));
    }

    /// <summary>Saves a published post, then changes its words as the old editor did: keeping the excerpt it had and the old words as a revision.</summary>
    private Task<long> SavedThenRewrittenAsync(string title, string before, string after, string? excerpt) => site.ForSiteAsync("summaries", async services =>
    {
        var saved = await services.GetRequiredService<SavePostHandler>().HandleAsync(new SavePost
        {
            AuthorId = site.OwnerId, Title = title, Body = before, Excerpt = excerpt, Status = PostStatus.Published,
        });
        var db = services.GetRequiredService<FolioDbContext>();
        var post = await db.Posts.SingleAsync(p => p.Id == saved.PostId);
        db.PostRevisions.Add(new PostRevision { PostId = post.Id, AuthorId = site.OwnerId, Title = title, Body = before, BodyFormat = post.BodyFormat, Excerpt = post.Excerpt, CreatedAt = post.UpdatedAt });
        post.SetBody(PostBody.Render(after, post.BodyFormat));
        post.UpdatedAt = post.UpdatedAt.AddMinutes(1);
        await db.SaveChangesAsync();
        return post.Id;
    });

    private Task<string> ExcerptAsync(long postId) =>
        site.ForSiteAsync("summaries", services => services.GetRequiredService<FolioDbContext>().Posts.Where(p => p.Id == postId).Select(p => p.Excerpt).SingleAsync());

    private Task<string> PathOfAsync(long postId) => site.ForSiteAsync("summaries", async services =>
    {
        var post = await services.GetRequiredService<FolioDbContext>().Posts.SingleAsync(p => p.Id == postId);
        return PostPaths.Permalink(post.PublishedAt!.Value, post.Slug);
    });

    /// <summary>Submits the editor's form as a browser does: every field as the page holds it, with some changed, and the button pressed.</summary>
    private static async Task<HttpResponseMessage> SubmitEditorAsync(HttpClient client, string editor, string action, params (string Name, string Value)[] changes)
    {
        var page = await client.GetDocumentAsync(editor);
        var form = page.QuerySelector<IHtmlFormElement>("form.editor")!;
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || name == "action") continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box:
                    if (box.IsChecked) fields[name] = box.Value;
                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
            }
        }
        foreach (var (name, value) in changes) fields[name] = value;
        fields["action"] = action;
        return await client.PostAsync(editor, new FormUrlEncodedContent(fields));
    }

    private static string SummaryOf(IDocument listing, string title) =>
        listing.QuerySelectorAll("article.post-summary").Single(a => a.QuerySelector(".post-title")!.TextContent.Trim() == title)
            .QuerySelector(".post-excerpt")!.TextContent.Trim();

    private static async Task<JsonElement> JsonFeedItemAsync(HttpClient reader, string title)
    {
        using var feed = JsonDocument.Parse(await reader.GetStringAsync("/feed/json/"));
        return feed.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title).Clone();
    }

    private string? restPassword;

    private async Task<HttpClient> RestClientAsync()
    {
        restPassword ??= await ApplicationPasswordClient.CreateAsync(site, SummarySite.OwnerEmail);
        return ApplicationPasswordClient.For(site, SummarySite.Host, SummarySite.OwnerEmail, restPassword);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
