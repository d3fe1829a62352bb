using System.Net;
using Folio.Features.Identity;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Identity;

/// <summary>The hand-over of a platform login to one site host: signed, single-use, bound to the host.</summary>
public sealed class LoginTicketTests(FolioApp app) : IClassFixture<FolioApp>
{
    private async Task<string> TicketForAsync(string host)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var blogger = await app.DemoBloggerIdAsync();
        return scope.ServiceProvider.GetRequiredService<LoginTickets>().Issue(blogger, host);
    }

    private static string TicketPath(string ticket) => $"/login/ticket/?ticket={Uri.EscapeDataString(ticket)}&returnUrl=%2Fadmin%2F";

    [Fact]
    public async Task A_ticket_opens_a_session_on_its_own_host()
    {
        var client = app.DemoClient();
        var response = await client.GetAsync(TicketPath(await TicketForAsync("demo.localhost")));

        Assert.Equal("/admin/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/")).StatusCode);
    }

    [Fact]
    public async Task A_ticket_cannot_be_used_twice()
    {
        var ticket = await TicketForAsync("demo.localhost");
        await app.DemoClient().GetAsync(TicketPath(ticket));

        var replay = app.DemoClient();
        var response = await replay.GetAsync(TicketPath(ticket));

        Assert.StartsWith("/login/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/admin/")).StatusCode);
    }

    [Fact]
    public async Task A_ticket_for_another_host_is_refused()
    {
        await app.CreateSiteAsync("other", "Other");
        var client = app.ClientFor("other.localhost");

        var response = await client.GetAsync(TicketPath(await TicketForAsync("demo.localhost")));

        Assert.StartsWith("/login/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_tampered_ticket_is_refused()
    {
        var ticket = await TicketForAsync("demo.localhost");
        var tampered = ticket[..^4] + (ticket[^4] == 'A' ? "B" : "A") + ticket[^3..];

        var response = await app.DemoClient().GetAsync(TicketPath(tampered));

        Assert.StartsWith("/login/", response.Headers.Location!.OriginalString);
    }
}
