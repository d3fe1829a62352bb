using System.Globalization;
using System.Net;
using Folio.Tests.Infrastructure;
using Folio.Tests.RestApi;

namespace Folio.Tests.Identity;

/// <summary>The account page's application passwords: made and shown once, listed with their use, revoked one by one or all at once.</summary>
public sealed class ApplicationPasswordTests(FolioApp app) : IClassFixture<FolioApp>
{
    private const string Page = "/account/application-passwords/";

    [Fact]
    public async Task A_new_password_is_shown_once_then_listed_with_its_last_use()
    {
        var password = await ApplicationPasswordClient.CreateAsync(app, FolioApp.DemoEmail, "Phone app", FolioApp.DemoPassword);
        Assert.Matches("^([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}$", password);

        var account = await app.SignedInClientAsync("localhost", FolioApp.DemoEmail, FolioApp.DemoPassword);
        var listed = await account.GetDocumentAsync(Page);
        Assert.Null(listed.QuerySelector("#new-password"));
        Assert.DoesNotContain(password, listed.Body!.InnerHtml);
        var row = listed.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "Phone app");
        Assert.Equal("Never", row.QuerySelectorAll("td")[2].TextContent);

        // With or without its spaces, as WordPress's clients send it.
        var api = ApplicationPasswordClient.For(app, "demo.localhost", FolioApp.DemoEmail, password.Replace(" ", ""));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/wp-json/wp/v2/users/me")).StatusCode);
        var used = (await account.GetDocumentAsync(Page)).QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "Phone app");
        var lastUse = used.QuerySelectorAll("td")[2].QuerySelector("time")!;
        var moment = DateTime.Parse(lastUse.GetAttribute("datetime")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.Equal(moment.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.GetCultureInfo("en")), lastUse.TextContent);

        // In the person's language, as the rest of the page.
        account.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var russian = (await account.GetDocumentAsync(Page)).QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "Phone app");
        Assert.Equal(moment.ToString("d MMM yyyy 'г.', HH:mm 'UTC'", CultureInfo.GetCultureInfo("ru")), russian.QuerySelectorAll("td")[2].TextContent);
    }

    [Fact]
    public async Task A_revoked_password_no_longer_opens_the_api_and_nobody_else_can_revoke_yours()
    {
        await app.NewReaderAsync("keeper@example.com");
        await app.NewReaderAsync("meddler@example.com");
        var kept = await ApplicationPasswordClient.CreateAsync(app, "keeper@example.com", "Kept");
        var revoked = await ApplicationPasswordClient.CreateAsync(app, "keeper@example.com", "Revoked");
        var keeper = await app.SignedInClientAsync("localhost", "keeper@example.com");
        var ids = (await keeper.GetDocumentAsync(Page)).QuerySelectorAll("table tbody tr")
            .ToDictionary(r => r.QuerySelector("td")!.TextContent, r => r.QuerySelector("form")!.GetAttribute("action")!);

        var meddler = await app.SignedInClientAsync("localhost", "meddler@example.com");
        await meddler.PostFormAsync(ids["Kept"], [], Page);
        await keeper.PostFormAsync(ids["Revoked"], [], Page);

        Assert.Equal(HttpStatusCode.OK, (await ApplicationPasswordClient.For(app, "demo.localhost", "keeper@example.com", kept).GetAsync("/wp-json/wp/v2/users/me")).StatusCode);
        var refused = await ApplicationPasswordClient.For(app, "demo.localhost", "keeper@example.com", revoked).GetAsync("/wp-json/wp/v2/users/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("incorrect_password", await refused.Content.ReadAsStringAsync());

        await keeper.PostFormAsync($"{Page}?handler=RevokeAll", [], Page);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApplicationPasswordClient.For(app, "demo.localhost", "keeper@example.com", kept).GetAsync("/wp-json/wp/v2/users/me")).StatusCode);
        Assert.Contains("You have no application passwords yet.", (await keeper.GetDocumentAsync(Page)).Body!.TextContent);
    }

    [Fact]
    public async Task A_password_needs_a_name_and_the_page_needs_a_login()
    {
        var anonymous = await app.ClientFor("localhost").GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login/", anonymous.Headers.Location!.OriginalString.Replace("http://localhost", ""));

        await app.NewReaderAsync("nameless@example.com");
        var account = await app.SignedInClientAsync("localhost", "nameless@example.com");
        var response = await account.PostFormAsync($"{Page}?handler=Create", new() { ["name"] = "  " }, Page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Give the application password a name", (await Html.ParseAsync(response)).Body!.TextContent);
    }
}
