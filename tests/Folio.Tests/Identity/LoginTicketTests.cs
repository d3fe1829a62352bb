using System.Net;
using System.Web;
using Folio.Features.Identity;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Identity;

/// <summary>
/// The hand-over of a platform login to one site host: signed, single-use, bound to the host
/// and to the browser that asked for it, and never switching a browser to another account.
/// </summary>
public sealed class LoginTicketTests(FolioApp app) : IClassFixture<FolioApp>
{
    /// <summary>Starts the handshake on the client's host, as "Log in" does: the host marks the browser; returns the mark.</summary>
    private static async Task<string> MarkAsync(HttpClient browser)
    {
        var start = await browser.GetAsync("/login/platform/?returnUrl=%2Fadmin%2F");
        return HttpUtility.ParseQueryString(start.Headers.Location!.Query)[LoginTicketBrowser.Parameter]
            ?? throw new InvalidOperationException("The handshake did not mark the browser.");
    }

    private async Task<string> TicketForAsync(string host, string browser)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var blogger = await app.DemoBloggerIdAsync();
        return scope.ServiceProvider.GetRequiredService<LoginTickets>().Issue(new TicketHolder(blogger, null), host, browser);
    }

    private static string TicketPath(string ticket) => TicketLoginModel.PathFor(ticket, "/admin/");

    /// <summary>Follows redirects across hosts as a browser does, stopping at the site's ticket page; returns that address.</summary>
    private static async Task<Uri> TicketLinkAsync(HttpClient browser, string url)
    {
        var at = new Uri(url);
        for (var hop = 0; hop < 6 && !at.AbsolutePath.StartsWith("/login/ticket/"); hop++)
        {
            var response = await browser.GetAsync(at);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            at = new Uri(at, response.Headers.Location!);
        }
        Assert.StartsWith("/login/ticket/", at.AbsolutePath);
        return at;
    }

    [Fact]
    public async Task A_ticket_opens_a_session_on_its_own_host()
    {
        var client = app.DemoClient();
        var response = await client.GetAsync(TicketPath(await TicketForAsync("demo.localhost", await MarkAsync(client))));

        Assert.Equal("/admin/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/")).StatusCode);
    }

    [Fact]
    public async Task A_ticket_cannot_be_used_twice()
    {
        var client = app.DemoClient();
        var mark = await MarkAsync(client);
        var ticket = await TicketForAsync("demo.localhost", mark);
        await client.GetAsync(TicketPath(ticket));
        await client.PostFormAsync("/logout/", [], pagePath: "/admin/");

        var response = await client.GetAsync(TicketPath(ticket));

        Assert.StartsWith("/login/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/")).StatusCode);
    }

    [Fact]
    public async Task A_ticket_for_another_host_is_refused()
    {
        await app.CreateSiteAsync("other", "Other");
        var client = app.ClientFor("other.localhost");

        var response = await client.GetAsync(TicketPath(await TicketForAsync("demo.localhost", await MarkAsync(client))));

        Assert.StartsWith("/login/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_tampered_ticket_is_refused()
    {
        var client = app.DemoClient();
        var ticket = await TicketForAsync("demo.localhost", await MarkAsync(client));
        var tampered = ticket[..^4] + (ticket[^4] == 'A' ? "B" : "A") + ticket[^3..];

        var response = await client.GetAsync(TicketPath(tampered));

        Assert.StartsWith("/login/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_ticket_someone_else_asked_for_signs_nobody_in()
    {
        // The attacker goes through the hand-over in their own browser and keeps the last link.
        var attacker = await app.SignedInClientAsync("localhost", FolioApp.DemoEmail, FolioApp.DemoPassword);
        var link = await TicketLinkAsync(attacker, "http://demo.localhost/login/platform/?returnUrl=%2Fadmin%2F");

        // The victim opens it.
        var victim = app.DemoClient();
        var opened = await victim.GetAsync(link.PathAndQuery);

        Assert.StartsWith("/login/", opened.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/admin/")).StatusCode);
    }

    [Fact]
    public async Task A_browser_logged_in_here_as_one_account_is_never_switched_to_another_silently()
    {
        await app.NewReaderAsync("reader-here@example.com", "Reader Here");
        // One browser: logged in on the site as a reader, and at the platform as the demo blogger.
        var browser = await app.SignedInClientAsync("demo.localhost", "reader-here@example.com");
        var atPlatform = await browser.PostFormAsync("http://localhost/login/", new() { ["email"] = FolioApp.DemoEmail, ["password"] = FolioApp.DemoPassword },
            pagePath: "http://localhost/login/");
        Assert.Equal(HttpStatusCode.Redirect, atPlatform.StatusCode);

        var link = await TicketLinkAsync(browser, "http://demo.localhost/login/platform/?returnUrl=%2Fadmin%2F");
        var page = await browser.GetDocumentAsync(link.ToString());

        Assert.Equal("Already logged in", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("logged in here as Reader Here", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("http://demo.localhost/admin/")).StatusCode); // still the reader
    }
}
