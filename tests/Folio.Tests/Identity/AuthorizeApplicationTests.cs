using System.Net;
using System.Text.Json;
using System.Web;
using AngleSharp.Dom;
using Folio.Tests.Infrastructure;
using Folio.Tests.RestApi;

namespace Folio.Tests.Identity;

/// <summary>
/// WordPress's "Authorize Application" flow, which apps use instead of asking people to copy a
/// password: the site's API index names the address, the site sends the reader to the platform to
/// approve, and the app receives the password at its own address.
/// </summary>
public sealed class AuthorizeApplicationTests(FolioApp app) : IClassFixture<FolioApp>
{
    private const string Ask = "/wp-admin/authorize-application.php";
    private const string ApproveButton = "button[formaction*='handler=Approve']";

    [Fact]
    public async Task The_sites_api_index_names_where_apps_ask_for_a_password()
    {
        using var index = JsonDocument.Parse(await app.DemoClient().GetStringAsync("/wp-json/"));
        Assert.Equal($"http://demo.localhost{Ask}",
            index.RootElement.GetProperty("authentication").GetProperty("application-passwords").GetProperty("endpoints").GetProperty("authorization").GetString());
    }

    [Fact]
    public async Task An_approved_app_receives_a_working_password_at_its_own_address()
    {
        var (account, page) = await AskAsync("?app_name=Pocket%20Writer&success_url=https%3A%2F%2Fapp.example%2Fconnected%3Fstep%3D2");
        var text = page.Document.Body!.TextContent;
        Assert.Contains("Pocket Writer would like to connect to your account on", text);
        Assert.Contains("its new password will be sent to app.example", text);
        Assert.NotNull(page.Document.QuerySelector(ApproveButton));

        var answer = await AnswerAsync(account, page, "Approve");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("no-store", answer.Headers.CacheControl!.ToString());
        var back = answer.Headers.Location!;
        Assert.Equal("https://app.example/connected", back.GetLeftPart(UriPartial.Path));
        var given = HttpUtility.ParseQueryString(back.Query);
        Assert.Equal("2", given["step"]);
        Assert.Equal("http://demo.localhost", given["site_url"]);

        var api = ApplicationPasswordClient.For(app, "demo.localhost", given["user_login"]!, given["password"]!);
        using var me = JsonDocument.Parse(await api.GetStringAsync("/wp-json/wp/v2/users/me"));
        Assert.Equal(given["user_login"], me.RootElement.GetProperty("slug").GetString());
        var listed = await account.GetDocumentAsync("/account/application-passwords/");
        Assert.Contains(listed.QuerySelectorAll("table tbody tr td:first-child"), cell => cell.TextContent == "Pocket Writer");
    }

    [Fact]
    public async Task Without_an_address_to_return_to_the_password_is_shown_once_on_the_page()
    {
        var (account, page) = await AskAsync("?app_name=Desk%20Script");
        Assert.Contains("its new password will be shown on the next page", page.Document.Body!.TextContent);
        var answer = await Html.ParseAsync(await AnswerAsync(account, page, "Approve"));
        Assert.Matches("^([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}$", answer.QuerySelector("#new-password")!.GetAttribute("value")!);
    }

    [Fact]
    public async Task A_refusal_tells_the_app_and_makes_no_password()
    {
        var (account, page) = await AskAsync("?app_name=Unwanted&success_url=https%3A%2F%2Fapp.example%2Fok&reject_url=https%3A%2F%2Fapp.example%2Fno");
        var answer = await AnswerAsync(account, page, "Reject");
        Assert.Equal("https://app.example/no?success=false", answer.Headers.Location!.ToString());
        var listed = await account.GetDocumentAsync("/account/application-passwords/");
        Assert.DoesNotContain(listed.QuerySelectorAll("table tbody tr td:first-child"), cell => cell.TextContent == "Unwanted");
    }

    [Theory]
    [InlineData("http%3A%2F%2Fapp.example%2Fcb", "without HTTPS")]
    [InlineData("javascript%3Aalert(1)", "javascript: address")]
    public async Task An_address_where_others_could_read_the_password_is_refused(string successUrl, string reason)
    {
        var (account, page) = await AskAsync($"?app_name=Leaky&success_url={successUrl}");
        Assert.Contains(reason, page.Document.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(page.Document.QuerySelector(ApproveButton));

        // Posting the approval anyway is refused too.
        var forced = await account.PostFormAsync($"{page.Path}&handler=Approve",
            new() { ["app_name"] = "Leaky", ["success_url"] = Uri.UnescapeDataString(successUrl), ["site_url"] = "http://demo.localhost" }, "/account/application-passwords/");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forced.StatusCode);
        Assert.Null(forced.Headers.Location);
    }

    [Fact]
    public async Task A_request_for_a_site_folio_does_not_host_is_refused()
    {
        var account = await app.SignedInClientAsync("localhost", FolioApp.DemoEmail, FolioApp.DemoPassword);
        var page = await account.GetDocumentAsync("/account/application-passwords/authorize/?app_name=Elsewhere&site_url=https%3A%2F%2Fother.example");
        Assert.Contains("Start from your site", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(page.QuerySelector(ApproveButton));
    }

    /// <summary>The app sends the reader to the demo site's address; the site sends them on to the platform, where they are signed in.</summary>
    private async Task<(HttpClient Account, (IDocument Document, string Path) Page)> AskAsync(string query)
    {
        var atSite = await app.DemoClient().GetAsync(Ask + query);
        Assert.Equal(HttpStatusCode.Redirect, atSite.StatusCode);
        var platform = atSite.Headers.Location!;
        Assert.Equal("http://localhost/account/application-passwords/authorize/", platform.GetLeftPart(UriPartial.Path));
        var account = await app.SignedInClientAsync("localhost", FolioApp.DemoEmail, FolioApp.DemoPassword);
        return (account, (await account.GetDocumentAsync(platform.PathAndQuery), platform.PathAndQuery));
    }

    /// <summary>Presses one of the page's two buttons, with the request's fields as the page carries them.</summary>
    private static Task<HttpResponseMessage> AnswerAsync(HttpClient account, (IDocument Document, string Path) page, string handler)
    {
        var fields = page.Document.QuerySelectorAll("form input[type=hidden]")
            .Where(input => input.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
        return account.PostFormAsync($"{page.Path}&handler={handler}", fields, page.Path);
    }
}
