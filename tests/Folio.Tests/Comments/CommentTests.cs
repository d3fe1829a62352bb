using System.Net;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

public sealed class CommentTests(CommentSite site) : IClassFixture<CommentSite>
{
    private async Task<IReadOnlyList<string>> VisibleCommentsAsync(string? path = null)
    {
        var page = await site.Reader().GetDocumentAsync(path ?? site.PostPath);
        return page.QuerySelectorAll(".comment-content").Select(c => c.TextContent.Trim()).ToList();
    }

    private Task<CommentStatus> StatusOfAsync(long id) => site.ForSiteAsync("talk", s =>
        s.GetRequiredService<FolioDbContext>().Comments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    [Fact]
    public async Task A_first_time_guest_comment_is_held_and_shown_only_to_its_author()
    {
        await site.Reader().GetAsync(site.PostPath); // the page is now cached

        var response = await site.CommentAsGuestAsync(site.Reader(), "First time here.", email: "newcomer@example.com");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("?held=", location);
        Assert.DoesNotContain("First time here.", await VisibleCommentsAsync());

        var own = await site.Reader().GetAsync(location.Split('#')[0]);
        var page = await Html.ParseAsync(own);
        Assert.Equal("Your comment is awaiting moderation.", page.QuerySelector($"#comment-{CommentSite.CommentIdIn(response)} .comment-awaiting-moderation")!.TextContent);
        Assert.DoesNotContain("First time here.", await VisibleCommentsAsync()); // that answer was not cached for others
        Assert.DoesNotContain("First time here.", await VisibleCommentsAsync(site.PostPath + "?held=forged"));
    }

    [Fact]
    public async Task An_approved_comment_is_on_the_next_request_and_the_commenter_is_trusted_after()
    {
        var held = await site.CommentAsGuestAsync(site.Reader(), "Please approve me.", name: "Ada", email: "ada@example.com");
        var id = CommentSite.CommentIdIn(held);
        await site.Reader().GetAsync(site.PostPath); // cached without it

        var moderator = await site.SignedInClientAsync(CommentSite.Host, "moderator@talk.example");
        var approved = await moderator.PostFormAsync("/admin/comments/?handler=Set", new() { ["id"] = id.ToString(), ["to"] = "Approved" }, pagePath: "/admin/comments/");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        Assert.Contains("Please approve me.", await VisibleCommentsAsync());
        var second = await site.CommentAsGuestAsync(site.Reader(), "And again, straight away.", name: "Ada", email: "ada@example.com");
        Assert.DoesNotContain("?held=", second.Headers.Location!.OriginalString);
        Assert.Contains("And again, straight away.", await VisibleCommentsAsync());
    }

    [Fact]
    public async Task A_signed_in_member_comments_as_their_account_and_is_published_at_once()
    {
        var author = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");
        var page = await author.GetDocumentAsync(site.PostPath);
        var identity = (await author.GetPersonalPartsAsync(page)).Part("comment-identity")!;
        Assert.StartsWith("You are commenting using your Folio account", identity.QuerySelector(".logged-in-as")!.TextContent.Trim());
        Assert.Contains(identity.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Log Out");
        Assert.Contains(identity.QuerySelectorAll(".logged-in-as a"), a => a.TextContent.Trim() == "Change");
        // The guest's fields, which the reader's script takes away once it knows them.
        Assert.NotNull(page.QuerySelector("#email")!.Closest("[data-guest-only]"));

        var response = await author.PostFormAsync(site.PostPath + "?handler=Comment", new() { ["Form.Comment"] = "Written while signed in." }, pagePath: site.PostPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reader = await site.Reader().GetDocumentAsync(site.PostPath);
        var comment = reader.QuerySelector($"#comment-{CommentSite.CommentIdIn(response)}")!;
        Assert.Equal("author", comment.QuerySelector(".comment-author")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_signed_in_reader_cannot_be_made_to_comment_by_a_forged_form()
    {
        var author = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");

        var forged = await author.PostAsync(site.PostPath + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Comment"] = "Forged words." }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.Equal(0, await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.CountAsync(c => c.Body == "Forged words.")));
    }

    [Fact]
    public async Task Missing_details_are_explained_and_the_comment_typed_is_kept()
    {
        var response = await site.CommentAsGuestAsync(site.Reader(), "Words worth keeping.", name: "", email: "not-an-email");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var errors = page.QuerySelector("#respond .form-errors")!.TextContent;
        Assert.Contains("Please give your name.", errors);
        Assert.Contains("That does not look like an email address.", errors);
        Assert.Equal("Words worth keeping.", page.QuerySelector("#comment")!.TextContent);
        Assert.Equal("not-an-email", page.QuerySelector("#email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_comment_over_the_limit_is_refused_whole_never_cut()
    {
        var response = await site.CommentAsGuestAsync(site.Reader(), new string('w', 20_001), email: "long@example.com");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Your comment is 20,001 characters long; the limit is 20,000. Please shorten it.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.CountAsync(c => c.AuthorEmail == "long@example.com")));

        var atLimit = await site.CommentAsGuestAsync(site.Reader(), new string('w', 20_000), email: "long@example.com");
        var stored = await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.Where(c => c.Id == CommentSite.CommentIdIn(atLimit)).Select(c => c.Body).SingleAsync());
        Assert.Equal(20_000, stored.Length);
    }

    [Fact]
    public async Task Saying_the_same_thing_twice_is_refused()
    {
        await site.CommentAsGuestAsync(site.Reader(), "Echo.", email: "echo@example.com");
        var again = await site.CommentAsGuestAsync(site.Reader(), "Echo.", email: "echo@example.com");

        Assert.Contains(CommentRefusalTexts.Duplicate, System.Net.WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_bot_filling_the_hidden_field_is_quietly_ignored()
    {
        var response = await site.CommentAsGuestAsync(site.Reader(), "Buy cheap things.", email: "bot@example.com", honeypot: "555-0100");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.CountAsync(c => c.AuthorEmail == "bot@example.com")));
    }

    [Fact]
    public async Task A_comment_with_many_links_waits_for_a_moderator_even_from_a_trusted_commenter()
    {
        var first = await site.CommentAsGuestAsync(site.Reader(), "Trust me.", email: "linker@example.com");
        await site.ForSiteAsync("talk", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([CommentSite.CommentIdIn(first)], CommentStatus.Approved));

        var links = await site.CommentAsGuestAsync(site.Reader(), "See https://a.example and https://b.example and https://c.example", email: "linker@example.com");

        Assert.Equal(CommentStatus.Pending, await StatusOfAsync(CommentSite.CommentIdIn(links)));
    }

    [Fact]
    public async Task Replies_nest_under_their_comment()
    {
        var parent = await site.CommentAsGuestAsync(site.Reader(), "A question?", name: "Quinn", email: "quinn@example.com");
        var parentId = CommentSite.CommentIdIn(parent);
        await site.ForSiteAsync("talk", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([parentId], CommentStatus.Approved));

        var form = await site.Reader().GetDocumentAsync($"{site.PostPath}?replytocom={parentId}");
        Assert.StartsWith("Leave a Reply to Quinn", form.QuerySelector(".comment-reply-title")!.TextContent.Trim());
        Assert.Contains(form.QuerySelectorAll(".comment-reply-title a"), a => a.TextContent == "Cancel reply");
        Assert.Equal(parentId.ToString(), form.QuerySelector("input[name='Form.ParentId']")!.GetAttribute("value"));

        var reply = await site.CommentAsGuestAsync(site.Reader(), "An answer.", name: "Quinn", email: "quinn@example.com", parentId: parentId);

        var page = await site.Reader().GetDocumentAsync(site.PostPath);
        Assert.NotNull(page.QuerySelector($"#comment-{parentId} > ol.children > #comment-{CommentSite.CommentIdIn(reply)}"));
    }

    [Fact]
    public async Task Consenting_guests_are_remembered_in_their_browser_only()
    {
        var response = await site.CommentAsGuestAsync(site.Reader(), "Remember me.", name: "Rem", email: "rem@example.com", remember: true);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CommenterCookie.CookieName + "="));
        Assert.Contains("rem%40example.com", cookie);

        var without = await site.CommentAsGuestAsync(site.Reader(), "Forget me.", name: "Nem", email: "nem@example.com");
        Assert.False(without.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(CommenterCookie.CookieName)));
    }

    [Fact]
    public async Task Only_editors_and_administrators_moderate()
    {
        var author = await site.SignedInClientAsync(CommentSite.Host, "author@talk.example");
        var response = await author.GetAsync("/admin/comments/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login/", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_site_set_to_publish_directly_shows_a_newcomer_at_once()
    {
        await site.CreateSiteAsync("open", "Open");
        var owner = await site.SignedInClientAsync("open.localhost", "owner-of-open@example.com");
        await owner.PostFormAsync("/admin/settings/", new()
        {
            ["customDomain"] = "", ["postsPerPage"] = "10", ["commentModeration"] = "PublishDirectly", ["commentThreadDepth"] = "3", ["commentLinkLimit"] = "2",
        });
        var ownerId = await site.ForSiteAsync("open", s => s.GetRequiredService<FolioDbContext>().SiteMembers.Select(m => m.AccountId).SingleAsync());
        var path = await site.SavePostAsync("open", new Folio.Features.Posts.SavePost { AuthorId = ownerId, Title = "Anyone", Status = Folio.Features.Posts.PostStatus.Published });

        var response = await site.CommentAsGuestAsync(site.ClientFor("open.localhost"), "Straight in.", email: "stranger@example.com", onPath: path);

        Assert.DoesNotContain("?held=", response.Headers.Location!.OriginalString);
        Assert.Contains("Straight in.", (await site.ClientFor("open.localhost").GetStringAsync(path)));
    }

    [Fact]
    public async Task Approved_comments_are_in_the_comment_feeds_and_held_ones_are_not()
    {
        var approved = await site.CommentAsGuestAsync(site.Reader(), "Fit to print & <b>bold</b>.", name: "Fay", email: "fay@example.com");
        await site.ForSiteAsync("talk", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([CommentSite.CommentIdIn(approved)], CommentStatus.Approved));
        await site.CommentAsGuestAsync(site.Reader(), "Still waiting.", name: "Wes", email: "wes@example.com");

        foreach (var path in new[] { "/comments/feed/", "/comments/feed/atom/", site.PostPath + "feed/" })
        {
            using var reader = System.Xml.XmlReader.Create(new MemoryStream(await site.Reader().GetByteArrayAsync(path)));
            var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(reader);
            var titles = feed.Items.Select(i => i.Title.Text).ToList();
            Assert.Contains("Comment on Open for discussion by Fay", titles);
            Assert.DoesNotContain("Comment on Open for discussion by Wes", titles);
        }

        var posts = System.Xml.Linq.XDocument.Parse(await site.Reader().GetStringAsync("/feed/"));
        var commentFeeds = posts.Descendants(System.Xml.Linq.XName.Get("commentRss", "http://wellformedweb.org/CommentAPI/")).Select(e => e.Value);
        Assert.Contains($"http://talk.localhost{site.PostPath}feed/", commentFeeds);
    }

    [Fact]
    public async Task Word_lists_hold_or_discard_and_old_posts_close()
    {
        await site.CreateSiteAsync("strict", "Strict");
        var owner = await site.SignedInClientAsync("strict.localhost", "owner-of-strict@example.com");
        var saved = await owner.PostFormAsync("/admin/settings/", new()
        {
            ["customDomain"] = "", ["postsPerPage"] = "10", ["commentModeration"] = "PublishDirectly", ["commentThreadDepth"] = "5",
            ["commentLinkLimit"] = "2", ["moderationWords"] = "casino\nlottery win", ["blocklistWords"] = "viagra", ["closeCommentsAfterDays"] = "30",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var ownerId = await site.ForSiteAsync("strict", s => s.GetRequiredService<FolioDbContext>().SiteMembers.Select(m => m.AccountId).SingleAsync());
        var fresh = await site.SavePostAsync("strict", new Folio.Features.Posts.SavePost { AuthorId = ownerId, Title = "Fresh", Status = Folio.Features.Posts.PostStatus.Published });
        var old = await site.SavePostAsync("strict", new Folio.Features.Posts.SavePost
        {
            AuthorId = ownerId, Title = "Old news", Status = Folio.Features.Posts.PostStatus.Published, PublishedAt = DateTime.UtcNow.AddDays(-31),
        });
        var reader = site.ClientFor("strict.localhost");

        var held = await site.CommentAsGuestAsync(reader, "I had a Lottery WIN today", email: "lucky@example.com", onPath: fresh);
        Assert.Contains("?held=", held.Headers.Location!.OriginalString);
        var dropped = await site.CommentAsGuestAsync(reader, "cheap VIAGRA here", email: "spam@example.com", onPath: fresh);
        Assert.Equal(HttpStatusCode.Redirect, dropped.StatusCode);
        Assert.False(await site.ForSiteAsync("strict", s => s.GetRequiredService<FolioDbContext>().Comments.AnyAsync(c => c.AuthorEmail == "spam@example.com")));

        var closedPage = await reader.GetDocumentAsync(old);
        Assert.Equal("Comments are closed.", closedPage.QuerySelector(".comments-closed")!.TextContent);
        Assert.Null(closedPage.QuerySelector("#respond"));
        var refused = await site.CommentAsGuestAsync(reader, "Too late?", email: "late@example.com", onPath: old);
        Assert.Contains("Comments are closed on this post.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Listings_count_the_comments_and_update_when_one_is_approved()
    {
        var ownerId = await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().SiteMembers
            .Where(m => m.Account.Email == "owner-of-talk@example.com").Select(m => m.AccountId).SingleAsync());
        var path = await site.SavePostAsync("talk", new Folio.Features.Posts.SavePost { AuthorId = ownerId, Title = "Counted", Status = Folio.Features.Posts.PostStatus.Published });
        string CountOn(AngleSharp.Dom.IDocument home) =>
            home.QuerySelectorAll("article").Single(a => a.QuerySelector(".post-title")!.TextContent.Trim() == "Counted").QuerySelector(".comment-count")!.TextContent;

        Assert.StartsWith("Leave a comment", CountOn(await site.Reader().GetDocumentAsync("/"))); // now cached

        var held = await site.CommentAsGuestAsync(site.Reader(), "Count me in.", email: "counted@example.com", onPath: path);
        Assert.StartsWith("Leave a comment", CountOn(await site.Reader().GetDocumentAsync("/"))); // held comments do not count
        await site.ForSiteAsync("talk", s => s.GetRequiredService<ModerateCommentHandler>().HandleAsync([CommentSite.CommentIdIn(held)], CommentStatus.Approved));

        Assert.StartsWith("One comment", CountOn(await site.Reader().GetDocumentAsync("/")));
    }
}
