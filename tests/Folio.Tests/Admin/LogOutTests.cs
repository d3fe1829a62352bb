using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

/// <summary>The "Log Out" buttons of the dashboard and the platform work: their forms carry the antiforgery token a logout needs.</summary>
public sealed class LogOutTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Theory]
    [InlineData("leave", "leave.localhost", "/admin/")]
    [InlineData("depart", "localhost", "/")]
    public async Task The_log_out_button_ends_the_session(string slug, string host, string page)
    {
        await app.CreateSiteAsync(slug, slug);
        var owner = await app.SignedInClientAsync(host, $"owner-of-{slug}@example.com");

        var document = await owner.GetDocumentAsync(page);
        var form = document.QuerySelector("form[action='/logout/']")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.NotNull(token);
        var loggedOut = await owner.PostAsync("/logout/", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        var again = await owner.GetAsync(page); // the dashboard sends to "Log In"; the platform shows "Get started"
        var html = again.StatusCode == HttpStatusCode.OK ? await again.Content.ReadAsStringAsync() : "";
        Assert.DoesNotContain("action=\"/logout/\"", html);
        if (page == "/admin/") Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }
}
