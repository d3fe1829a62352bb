using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

/// <summary>
/// "Log Out" ends this browser's session and no other: the dashboard's and the platform's
/// buttons work (their forms carry the antiforgery token a logout needs), say so, and leave the
/// account's other browsers signed in until the account page logs them out.
/// </summary>
public sealed class LogOutTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Theory]
    [InlineData("leave", "leave.localhost", "/admin/")]
    [InlineData("depart", "localhost", "/")]
    public async Task The_log_out_button_ends_the_session_and_says_so(string slug, string host, string page)
    {
        await app.CreateSiteAsync(slug, slug);
        var owner = await app.SignedInClientAsync(host, $"owner-of-{slug}@example.com");

        var document = await owner.GetDocumentAsync(page);
        var form = document.QuerySelector("form[action='/logout/']")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.NotNull(token);
        var loggedOut = await owner.PostAsync("/logout/", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        var landed = await owner.GetDocumentAsync(loggedOut.Headers.Location!.OriginalString);
        Assert.Equal("You are logged out.", landed.QuerySelector("[role=status]")?.TextContent.Trim());
        var again = await owner.GetAsync(page); // the dashboard sends to "Log In"; the platform shows "Get started"
        var html = again.StatusCode == HttpStatusCode.OK ? await again.Content.ReadAsStringAsync() : "";
        Assert.DoesNotContain("action=\"/logout/\"", html);
        if (page == "/admin/") Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task Logging_out_in_one_browser_leaves_the_others_until_the_account_page_logs_them_out()
    {
        await app.NewReaderAsync("three-browsers@example.com");
        var laptop = await app.SignedInClientAsync("localhost", "three-browsers@example.com");
        var phone = await app.SignedInClientAsync("localhost", "three-browsers@example.com");
        var office = await app.SignedInClientAsync("localhost", "three-browsers@example.com");

        await laptop.PostFormAsync("/logout/", [], pagePath: "/");
        Assert.False(await SignedInAsync(laptop));
        Assert.True(await SignedInAsync(phone));
        Assert.True(await SignedInAsync(office));

        var account = await phone.GetDocumentAsync("/account/");
        var form = account.QuerySelectorAll("form").Single(f => f.QuerySelector("button")?.TextContent.Trim() == "Log out everywhere else");
        var ended = await phone.PostFormAsync(form.GetAttribute("action")!, [], pagePath: "/account/");
        Assert.Contains("Your other browsers are logged out.", await ended.Content.ReadAsStringAsync());

        Assert.True(await SignedInAsync(phone));
        Assert.False(await SignedInAsync(office));
    }

    /// <summary>Whether the account page opens for this browser (a session that ended is sent to log in).</summary>
    private static async Task<bool> SignedInAsync(HttpClient browser) => (await browser.GetAsync("/account/")).StatusCode == HttpStatusCode.OK;
}
