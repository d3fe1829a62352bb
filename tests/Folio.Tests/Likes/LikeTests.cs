using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Folio.Data;
using Folio.Features.Likes;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Likes;

public sealed class LikeTests(LikeSite site) : IClassFixture<LikeSite>
{
    private static IElement LikeButton(IDocument page) => page.QuerySelector("#likes button")!;

    /// <summary>The signed-in reader's own Like button, from their personal parts of the page.</summary>
    private static IElement OwnLikeButton(IDocument parts) => parts.Part("like")!.QuerySelector("button")!;
    private static string Summary(IDocument page) => page.QuerySelector("#likes .likes-summary")!.TextContent.Trim();

    [Fact]
    public async Task A_reader_who_is_not_signed_in_logs_in_and_comes_back_to_the_post_with_the_like_done()
    {
        var (postId, path) = await site.NewPostAsync("Like after logging in");
        await site.NewReaderAsync("newcomer@likes.example", "Newcomer");
        var browser = site.Reader();

        var page = await browser.GetDocumentAsync(path);
        Assert.Equal("Like", LikeButton(page).TextContent.Trim());
        Assert.Equal("false", LikeButton(page).GetAttribute("aria-pressed"));
        Assert.Equal("Be the first to like this.", Summary(page));
        var form = LikeButton(page).Closest("form")!;
        Assert.Equal("get", form.GetAttribute("method"));

        var challenge = await browser.GetAsync(form.GetAttribute("action"));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var login = challenge.Headers.Location!.Relative();
        Assert.StartsWith("/login/?ReturnUrl=", login);

        var loggedIn = await browser.PostFormAsync(login, new() { ["email"] = "newcomer@likes.example", ["password"] = FolioApp.MemberPassword, ["returnUrl"] = $"/likes/{postId}/" });
        Assert.Equal($"/likes/{postId}/", loggedIn.Headers.Location!.OriginalString);
        Assert.Equal(0, await site.LikeCountAsync(postId)); // coming back is a GET: it asks, it does not like

        var confirmed = await browser.PostFormAsync($"/likes/{postId}/", new() { ["liked"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"{path}#likes", confirmed.Headers.Location!.OriginalString);

        var after = await browser.GetDocumentAsync(path);
        var own = await browser.GetPersonalPartsAsync(after);
        Assert.Equal("Liked", OwnLikeButton(own).TextContent.Trim());
        Assert.Equal("true", OwnLikeButton(own).GetAttribute("aria-pressed"));
        Assert.Equal("One blogger likes this.", Summary(after));
        Assert.Equal(["Newcomer"], after.QuerySelectorAll("#likes .likers img").Select(img => img.GetAttribute("alt")));
    }

    [Fact]
    public async Task Liking_twice_keeps_one_like_and_pressing_the_button_again_unlikes()
    {
        var (postId, path) = await site.NewPostAsync("Press twice");
        await site.NewReaderAsync("twice@likes.example");
        var reader = await site.SignedInClientAsync(LikeSite.Host, "twice@likes.example");

        await reader.PostFormAsync($"/likes/{postId}/", new() { ["liked"] = "true" }, pagePath: path);
        await reader.PostFormAsync($"/likes/{postId}/", new() { ["liked"] = "true" }, pagePath: path);
        Assert.Equal(1, await site.LikeCountAsync(postId));

        var liked = await reader.GetPersonalPartsAsync(path);
        Assert.Equal("false", liked.Part("like")!.QuerySelector("input[name=liked]")!.GetAttribute("value")); // pressing again takes it back
        var undone = await reader.PostFormAsync($"/likes/{postId}/", new() { ["liked"] = "false" }, pagePath: path);

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(0, await site.LikeCountAsync(postId));
        var page = await reader.GetDocumentAsync(path);
        var own = await reader.GetPersonalPartsAsync(page);
        Assert.Equal("Like", OwnLikeButton(own).TextContent.Trim());
        Assert.Equal("false", OwnLikeButton(own).GetAttribute("aria-pressed"));
        Assert.Equal("Be the first to like this.", Summary(page));
    }

    [Fact]
    public async Task The_line_counts_the_bloggers_and_shows_the_ten_latest_faces_first()
    {
        var (postId, path) = await site.NewPostAsync("Popular");
        for (var i = 1; i <= 12; i++) await site.LikeAsync(postId, await site.NewReaderAsync($"fan{i}@likes.example", $"Fan {i}"));

        var page = await site.Reader().GetDocumentAsync(path);

        Assert.Equal("12 bloggers like this:", Summary(page));
        Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(i => $"Fan {i}"), page.QuerySelectorAll("#likes .likers img").Select(img => img.GetAttribute("alt")));
        Assert.Equal("and 2 more", page.QuerySelector("#likes .likers-more")!.TextContent.Trim());
    }

    [Fact]
    public async Task Each_liker_links_to_the_site_they_run_or_else_to_their_profile()
    {
        var (postId, path) = await site.NewPostAsync("Who likes it");
        var blogger = await site.CreateSiteAsync("ada", "Ada's notes");
        var reader = await site.NewReaderAsync("grace@likes.example", "Grace");
        var pictured = await site.NewReaderAsync("pictured@likes.example", "Pictured");
        await site.ForSiteAsync(LikeSite.Slug, async s =>
        {
            var db = s.GetRequiredService<FolioDbContext>();
            (await db.Users.SingleAsync(a => a.Id == pictured)).AvatarUrl = "https://pictures.example/me.png";
            return await db.SaveChangesAsync();
        });
        foreach (var liker in new[] { blogger, reader, pictured }) await site.LikeAsync(postId, liker);

        var page = await site.Reader().GetDocumentAsync(path);
        var links = page.QuerySelectorAll("#likes .likers a").ToDictionary(a => a.QuerySelector("img")!.GetAttribute("alt")!);

        Assert.Equal("http://ada.localhost/", links["Owner of ada"].GetAttribute("href"));
        Assert.Equal("http://localhost/people/grace/", links["Grace"].GetAttribute("href"));
        Assert.Equal("https://pictures.example/me.png", links["Pictured"].QuerySelector("img")!.GetAttribute("src"));
        var generated = links["Grace"].QuerySelector("img")!.GetAttribute("src")!;
        Assert.Matches("^/avatar/[0-9a-f]{16}\\.svg$", generated);
        Assert.Equal(HttpStatusCode.OK, (await site.Reader().GetAsync(generated)).StatusCode);
        var again = await site.ClientFor("localhost").GetDocumentAsync("/people/grace/");
        Assert.Equal(generated, again.QuerySelector(".profile-avatar")!.GetAttribute("src")); // the same face everywhere
    }

    [Fact]
    public async Task A_like_needs_the_form_token_and_a_GET_never_likes()
    {
        var (postId, path) = await site.NewPostAsync("Forgery target");
        await site.NewReaderAsync("victim@likes.example");
        var victim = await site.SignedInClientAsync(LikeSite.Host, "victim@likes.example");

        var forgedForm = await victim.PostAsync($"/likes/{postId}/", new FormUrlEncodedContent(new Dictionary<string, string> { ["liked"] = "true" }));
        var forgedJson = await victim.PostAsync($"/likes/{postId}.json", JsonContent.Create(new LikeChange(true)));
        await victim.GetAsync($"/likes/{postId}/");
        await victim.GetAsync($"/likes/{postId}.json");

        Assert.Equal(HttpStatusCode.BadRequest, forgedForm.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forgedJson.StatusCode);
        Assert.Equal(0, await site.LikeCountAsync(postId));
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Reader().PostAsync($"/likes/{postId}.json", JsonContent.Create(new LikeChange(true)))).StatusCode);
        Assert.Contains("Like", (await victim.GetDocumentAsync(path)).QuerySelector("#likes button")!.TextContent);
    }

    [Fact]
    public async Task The_API_gives_the_count_the_likers_and_whether_the_reader_likes_the_post()
    {
        var (postId, _) = await site.NewPostAsync("Liked through the API");
        await site.NewReaderAsync("widget@likes.example", "Widget User");
        var reader = await site.SignedInClientAsync(LikeSite.Host, "widget@likes.example");

        var response = await LikeSite.SetLikeThroughApiAsync(reader, postId, liked: true);

        var mine = (await response.Content.ReadFromJsonAsync<LikesJson>())!;
        Assert.True(mine.Liked);
        Assert.Equal(1, mine.Count);
        Assert.Equal("One blogger likes this.", mine.Summary);
        var liker = Assert.Single(mine.Likers);
        Assert.Equal("Widget User", liker.Name);
        Assert.Equal("http://localhost/people/widget/", liker.ProfileUrl);
        Assert.StartsWith("/avatar/", liker.AvatarUrl);

        var anonymous = (await site.Reader().GetFromJsonAsync<LikesJson>($"/likes/{postId}.json"))!;
        Assert.False(anonymous.Liked);
        Assert.Null(anonymous.Token);
        Assert.Equal(1, anonymous.Count);

        var undone = (await (await LikeSite.SetLikeThroughApiAsync(reader, postId, liked: false)).Content.ReadFromJsonAsync<LikesJson>())!;
        Assert.False(undone.Liked);
        Assert.Equal(0, undone.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Reader().GetAsync("/likes/987654.json")).StatusCode);
    }

    [Fact]
    public async Task A_post_of_another_site_cannot_be_seen_or_liked_from_this_one()
    {
        var elsewhere = await site.CreateSiteAsync("elsewhere", "Elsewhere");
        await site.SavePostAsync("elsewhere", new Folio.Features.Posts.SavePost
        {
            AuthorId = elsewhere, Title = "Not yours", Status = Folio.Features.Posts.PostStatus.Published,
        });
        var postId = await site.QuerySiteAsync("elsewhere", db => db.Posts.Where(p => p.Title == "Not yours").Select(p => p.Id).SingleAsync());
        await site.NewReaderAsync("crosser@likes.example");
        var reader = await site.SignedInClientAsync(LikeSite.Host, "crosser@likes.example");

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/likes/{postId}.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/likes/{postId}/")).StatusCode);
        Assert.Equal(LikeOutcome.NotLikeable, await site.LikeAsync(postId, site.OwnerId));
        Assert.Equal(0, await site.LikeCountAsync(postId, "elsewhere"));
    }

    [Fact]
    public async Task A_likers_name_is_shown_as_text_never_as_markup()
    {
        var (postId, path) = await site.NewPostAsync("Mind the name");
        await site.LikeAsync(postId, await site.NewReaderAsync("mallory@likes.example", "<script>alert(1)</script>\"><b>"));

        var html = await site.Reader().GetStringAsync(path);
        var page = await site.Reader().GetDocumentAsync(path);

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Empty(page.QuerySelectorAll("#likes script, #likes b"));
        Assert.Equal("<script>alert(1)</script>\"><b>", page.QuerySelector("#likes .likers img")!.GetAttribute("alt"));
    }
}

internal static class UriText
{
    /// <summary>The path and query of a redirect, whether the server sent it absolute or relative.</summary>
    public static string Relative(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
