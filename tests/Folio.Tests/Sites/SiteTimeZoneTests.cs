using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Folio.Tests.RestApi;

namespace Folio.Tests.Sites;

/// <summary>
/// A site keeps its own time zone: its posts' addresses, date archives and shown dates follow
/// its clock from the moment each post is published, and a later change of zone moves no address.
/// Every time here is a fixed instant, so neither this machine's zone nor its clock matters.
/// </summary>
public sealed class SiteTimeZoneTests(FolioApp app) : IClassFixture<FolioApp>
{
    /// <summary>Late on 11 October in UTC; already 03:30 on the 12th in Yerevan (UTC+4).</summary>
    private static readonly DateTime LateEvening = new(2025, 10, 11, 23, 30, 0, DateTimeKind.Utc);

    private static string OwnerOf(string slug) => $"owner-of-{slug}@example.com";

    private async Task<long> SiteInZoneAsync(string slug, string zone)
    {
        var owner = await app.CreateSiteAsync(slug, slug);
        await app.UpdateSiteAsync(slug, site => site.TimeZone = zone);
        return owner;
    }

    private Task<string> PublishAsync(string slug, long author, string title, DateTime at) =>
        app.SavePostAsync(slug, new SavePost { AuthorId = author, Title = title, Body = "Words.", Status = PostStatus.Published, PublishedAt = at });

    private static Dictionary<string, string> Settings(string timeZone, string postsPerPage = "10", string attribution = "Read original article here.") => new()
    {
        ["timeZone"] = timeZone, ["postsPerPage"] = postsPerPage, ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5",
        ["commentLinkLimit"] = "2", ["attributionText"] = attribution, ["likesEnabled"] = "true",
    };

    [Fact]
    public async Task A_post_published_at_23_30_UTC_on_a_Yerevan_site_is_dated_the_next_day_in_its_address_page_and_archive()
    {
        var owner = await SiteInZoneAsync("yerevan", "Asia/Yerevan");

        var path = await PublishAsync("yerevan", owner, "Evening in Yerevan", LateEvening);

        Assert.Equal("/2025/10/12/evening-in-yerevan/", path);
        var reader = app.ClientFor("yerevan.localhost");
        var page = await reader.GetDocumentAsync(path);
        var shown = page.QuerySelector(".post-meta time")!;
        Assert.Equal("October 12, 2025", shown.TextContent);
        Assert.Equal("2025-10-11T23:30:00Z", shown.GetAttribute("datetime")); // the instant, for machines
        Assert.Equal(["Evening in Yerevan"], (await reader.GetDocumentAsync("/2025/10/12/")).PostTitles());
        Assert.Empty((await reader.GetDocumentAsync("/2025/10/11/")).PostTitles());
        // The UTC day in the address, as a link made before would have it, leads to the right one.
        var utcDay = await reader.GetAsync("/2025/10/11/evening-in-yerevan/");
        Assert.Equal(HttpStatusCode.MovedPermanently, utcDay.StatusCode);
        Assert.Equal(path, utcDay.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Changing_the_site_zone_moves_no_published_post_and_dates_later_ones_on_the_new_clock()
    {
        var owner = await SiteInZoneAsync("mover", "Asia/Yerevan");
        var before = await PublishAsync("mover", owner, "Filed in Yerevan", LateEvening);
        var admin = await app.SignedInClientAsync("mover.localhost", OwnerOf("mover"));

        var saved = await admin.PostFormAsync("/admin/settings/", Settings("America/New_York"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await admin.GetDocumentAsync("/admin/settings/");
        Assert.Equal("America/New_York", settings.QuerySelector("#time-zone option[selected]")!.GetAttribute("value"));
        var reader = app.ClientFor("mover.localhost");
        var page = await reader.GetDocumentAsync(before);
        Assert.Equal("October 12, 2025", page.QuerySelector(".post-meta time")!.TextContent);
        Assert.Equal(["Filed in Yerevan"], (await reader.GetDocumentAsync("/2025/10/12/")).PostTitles());
        // The same instant on New York's clock (UTC-4) is still the 11th, for a post published now.
        Assert.Equal("/2025/10/11/filed-in-new-york/", await PublishAsync("mover", owner, "Filed in New York", LateEvening));
        // Saving the old post again, as the editor does with every field sent back, keeps its address.
        var editor = await admin.GetDocumentAsync($"/admin/posts/{await PostIdAsync("mover", "Filed in Yerevan")}/");
        Assert.Equal("2025-10-11T19:30", editor.QuerySelector("#publish-at")!.GetAttribute("value"));
        Assert.Contains("America/New_York", editor.QuerySelector("label[for=publish-at]")!.TextContent);
        var resaved = await admin.PostFormAsync($"/admin/posts/{await PostIdAsync("mover", "Filed in Yerevan")}/", new()
        {
            ["Input.Title"] = "Filed in Yerevan", ["Input.Body"] = "Words, edited.", ["Input.BodyFormat"] = "Markdown",
            ["Input.Slug"] = "filed-in-yerevan", ["Input.PublishAt"] = "2025-10-11T19:30", ["action"] = "Publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(before)).StatusCode);
    }

    private Task<long> PostIdAsync(string slug, string title) =>
        app.QuerySiteAsync(slug, db => db.Posts.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());

    [Theory]
    [InlineData("Europe/Mosow", "Europe/Mosow is not a time zone Folio knows; choose one such as Europe/Moscow.")]
    [InlineData("Eastern Standard Time", "Eastern Standard Time is not a time zone Folio knows; choose one such as")]
    public async Task Settings_refuse_an_unknown_zone_with_its_name_and_keep_everything_typed(string zone, string message)
    {
        await SiteInZoneAsync($"typo-{zone.Length}", "Asia/Yerevan");
        var host = $"typo-{zone.Length}.localhost";
        var admin = await app.SignedInClientAsync(host, OwnerOf($"typo-{zone.Length}"));

        var refused = await admin.PostFormAsync("/admin/settings/", Settings(zone, postsPerPage: "7", attribution: "Via {source}"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var form = await Html.ParseAsync(refused);
        Assert.Contains(message, form.QuerySelector(".form-errors, [role=alert]")!.TextContent);
        Assert.Equal("7", form.QuerySelector("#per-page")!.GetAttribute("value"));
        Assert.Equal("Via {source}", form.QuerySelector("#attribution")!.GetAttribute("value"));
        Assert.Equal(zone, form.QuerySelector("#time-zone option[selected]")!.GetAttribute("value"));
        var stored = await app.QuerySiteAsync($"typo-{zone.Length}", db => db.Sites.Where(s => s.Slug == $"typo-{zone.Length}").Select(s => new { s.TimeZone, s.PostsPerPage }).SingleAsync());
        Assert.Equal(("Asia/Yerevan", 10), (stored.TimeZone, stored.PostsPerPage));
    }

    [Fact]
    public async Task The_settings_page_offers_every_zone_grouped_by_region_with_the_site_zone_chosen()
    {
        await SiteInZoneAsync("chooser", "Asia/Yerevan");
        var admin = await app.SignedInClientAsync("chooser.localhost", OwnerOf("chooser"));

        var settings = await admin.GetDocumentAsync("/admin/settings/");

        Assert.Equal("Time zone", settings.QuerySelector("label[for=time-zone]")!.TextContent);
        var select = settings.QuerySelector("select#time-zone")!;
        Assert.Equal("Asia/Yerevan", select.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.Equal("UTC", select.QuerySelector("option")!.GetAttribute("value"));
        Assert.Contains("Europe/Moscow", select.QuerySelectorAll("optgroup[label=Europe] option").Select(o => o.GetAttribute("value")));
        Assert.Contains("America/New_York", select.QuerySelectorAll("optgroup[label=America] option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task A_time_the_clocks_skip_is_scheduled_as_the_same_time_after_the_jump()
    {
        // 02:30 on the last Sunday of next March does not exist in Berlin: clocks go from 02:00 to 03:00.
        var year = DateTime.UtcNow.Year + 1;
        var day = Enumerable.Range(25, 7).Select(d => new DateTime(year, 3, d)).Single(d => d.DayOfWeek == DayOfWeek.Sunday);
        await SiteInZoneAsync("berlin", "Europe/Berlin");
        var admin = await app.SignedInClientAsync("berlin.localhost", OwnerOf("berlin"));

        var scheduled = await admin.PostFormAsync("/admin/posts/new/", new()
        {
            ["Input.Kind"] = "Post", ["Input.Title"] = "In the gap", ["Input.Body"] = "Words.", ["Input.BodyFormat"] = "Markdown",
            ["Input.PublishAt"] = $"{day:yyyy-MM-dd}T02:30", ["action"] = "Schedule",
        });

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var post = await app.QuerySiteAsync("berlin", db => db.Posts.Where(p => p.Title == "In the gap").Select(p => new { p.Status, p.PublishedAt, p.PublishedLocal }).SingleAsync());
        Assert.Equal(PostStatus.Scheduled, post.Status);
        Assert.Equal(DateTime.SpecifyKind(day.AddHours(1.5), DateTimeKind.Utc), post.PublishedAt); // 02:30 on the clock before the jump (UTC+1)
        Assert.Equal(day.AddHours(3.5), post.PublishedLocal); // what Berlin's clocks show then
        var editor = await admin.GetDocumentAsync(scheduled.Headers.Location!.OriginalString);
        Assert.Equal($"{day:yyyy-MM-dd}T03:30", editor.QuerySelector("#publish-at")!.GetAttribute("value"));
        Assert.Equal("Publish at (Europe/Berlin)", editor.QuerySelector("label[for=publish-at]")!.TextContent);
    }

    [Fact]
    public async Task Comments_and_the_REST_API_give_times_on_the_site_clock()
    {
        var owner = await SiteInZoneAsync("talks", "Asia/Yerevan");
        var path = await PublishAsync("talks", owner, "Talk of the town", LateEvening);
        var reader = app.ClientFor("talks.localhost");
        var comment = await reader.PostAsync($"{path}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Comment"] = "A late word.", ["Form.Author"] = "Reader", ["Form.Email"] = "reader@example.org",
        }));
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        await app.QuerySiteAsync("talks", db => db.Comments.ExecuteUpdateAsync(c => c
            .SetProperty(x => x.CreatedAt, LateEvening.AddMinutes(15)).SetProperty(x => x.Status, Folio.Features.Comments.CommentStatus.Approved)));

        // The post's page is read for the first time here, so no cached copy holds the comment's old time.
        var page = await reader.GetDocumentAsync(path);
        Assert.Equal("October 12, 2025 at 03:45", page.QuerySelector(".comment-permalink time")!.TextContent);

        var id = await PostIdAsync("talks", "Talk of the town");
        using var json = JsonDocument.Parse(await reader.GetStringAsync($"/wp-json/wp/v2/posts/{id}"));
        Assert.Equal("2025-10-12T03:30:00", json.RootElement.GetProperty("date").GetString());
        Assert.Equal("2025-10-11T23:30:00", json.RootElement.GetProperty("date_gmt").GetString());
        Assert.Equal($"http://talks.localhost{path}", json.RootElement.GetProperty("link").GetString());
        using var comments = JsonDocument.Parse(await reader.GetStringAsync($"/wp-json/wp/v2/comments?post={id}"));
        Assert.Equal("2025-10-12T03:45:00", comments.RootElement[0].GetProperty("date").GetString());
        Assert.Equal("2025-10-11T23:45:00", comments.RootElement[0].GetProperty("date_gmt").GetString());
    }

    [Theory]
    // A date without a zone is on the site's clock, as WordPress reads "date"; date_gmt is UTC.
    [InlineData("date", "2025-10-12T03:30:00")]
    [InlineData("date_gmt", "2025-10-11T23:30:00")]
    [InlineData("date", "2025-10-11T23:30:00Z")]
    public async Task A_REST_client_dates_a_post_in_the_site_zone_or_in_UTC(string field, string value)
    {
        var slug = $"api-{field.Length}-{value.Length}";
        await SiteInZoneAsync(slug, "Asia/Yerevan");
        var client = ApplicationPasswordClient.For(app, $"{slug}.localhost", OwnerOf(slug), await ApplicationPasswordClient.CreateAsync(app, OwnerOf(slug)));

        var created = await client.PostAsJsonAsync("/wp-json/wp/v2/posts", new Dictionary<string, string>
        {
            ["title"] = "Dated by a client", ["content"] = "<p>Words.</p>", ["status"] = "publish", [field] = value,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("2025-10-12T03:30:00", json.RootElement.GetProperty("date").GetString());
        Assert.Equal("2025-10-11T23:30:00", json.RootElement.GetProperty("date_gmt").GetString());
        Assert.Equal($"http://{slug}.localhost/2025/10/12/dated-by-a-client/", json.RootElement.GetProperty("link").GetString());
    }
}
