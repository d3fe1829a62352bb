using System.Net;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Comments;

/// <summary>A form posted sooner after its page opened than anyone can write is a bot's.</summary>
public sealed class MinimumTimeTests(MinimumTimeTests.PatientSite site) : IClassFixture<MinimumTimeTests.PatientSite>
{
    public sealed class PatientSite : CommentSite
    {
        protected override double CommentMinimumSeconds => 3;
    }

    [Fact]
    public async Task A_comment_posted_a_second_after_the_page_opened_is_refused_and_kept_in_the_form()
    {
        var response = await site.CommentAsGuestAsync(site.Reader(), "Instant opinion.", email: "fast@example.com",
            more: new() { ["Form.SecondsOnPage"] = "1.0" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(CommentRefusalTexts.TooQuick, page);
        Assert.Contains("Instant opinion.", page);
        Assert.Equal(0, await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.CountAsync(c => c.AuthorEmail == "fast@example.com")));
    }

    [Fact]
    public async Task A_comment_written_in_good_time_or_without_the_script_is_taken()
    {
        var measured = await site.CommentAsGuestAsync(site.Reader(), "Considered opinion.", email: "slow@example.com",
            more: new() { ["Form.SecondsOnPage"] = "42.5" });
        var withoutScript = await site.CommentAsGuestAsync(site.Reader(), "No script here.", email: "plain@example.com");

        Assert.Equal(HttpStatusCode.Redirect, measured.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withoutScript.StatusCode);
    }

    [Fact]
    public async Task The_sites_administrator_commenting_on_its_post_at_once_is_not_held_to_the_minimum()
    {
        var owner = await site.SignedInClientAsync(CommentSite.Host, "owner-of-talk@example.com");

        var response = await owner.PostFormAsync($"{site.PostPath}?handler=Comment",
            new() { ["Form.Comment"] = "Thank you, noted.", ["Form.SecondsOnPage"] = "0.8" }, pagePath: site.PostPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.CountAsync(c => c.Body == "Thank you, noted.")));
    }
    [Fact]
    public async Task A_guest_comment_without_the_scripts_measure_waits_for_a_moderator()
    {
        await site.UpdateSiteAsync("talk", s => s.CommentModeration = Folio.Features.Sites.CommentModeration.PublishDirectly);

        var measured = await site.CommentAsGuestAsync(site.Reader(), "Measured, so published.", email: "timed@example.com",
            more: new() { ["Form.SecondsOnPage"] = "42.5" });
        var unmeasured = await site.CommentAsGuestAsync(site.Reader(), "The measure left out.", email: "untimed@example.com");

        Assert.Equal(HttpStatusCode.Redirect, measured.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, unmeasured.StatusCode);
        Assert.Equal(CommentStatus.Approved, await StatusOfAsync("timed@example.com"));
        Assert.Equal(CommentStatus.Pending, await StatusOfAsync("untimed@example.com"));
    }

    private Task<CommentStatus> StatusOfAsync(string email) =>
        site.ForSiteAsync("talk", s => s.GetRequiredService<FolioDbContext>().Comments.Where(c => c.AuthorEmail == email).Select(c => c.Status).SingleAsync());
}
