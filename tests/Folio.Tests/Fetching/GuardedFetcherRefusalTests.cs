using System.Net;
using Folio.Features.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Folio.Tests.Fetching;

/// <summary>With AllowPrivateNetworks off, as in production, refused targets are never connected to.</summary>
public sealed class GuardedFetcherRefusalTests
{
    [Fact]
    public async Task A_loopback_address_is_refused_before_any_connection()
    {
        using var target = new ConnectionCounter();
        var result = await Fetchers.Guarded(target.Port).GetAsync(new Uri($"http://127.0.0.1:{target.Port}/feed"));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Equal("refused: 127.0.0.1 is a loopback address", result.Error);
        Assert.False(target.WasConnected);
    }

    [Fact]
    public async Task A_name_is_judged_by_the_addresses_it_resolves_to()
    {
        using var target = new ConnectionCounter();
        var result = await Fetchers.Guarded(target.Port).GetAsync(new Uri($"http://localhost:{target.Port}/"));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Matches("^refused: (127.0.0.1|::1) is a loopback address$", result.Error);
        Assert.False(target.WasConnected);
    }

    [Theory]
    [InlineData("http://10.0.0.5/", "refused: 10.0.0.5 is a private network address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "refused: ::ffff:127.0.0.1 is a loopback address")]
    [InlineData("http://[fd00::1]/", "refused: fd00::1 is a unique-local (private network) address")]
    [InlineData("http://0.0.0.0/", "refused: 0.0.0.0 is a \"this network\" address")]
    [InlineData("ftp://example.com/feed", "refused: only http and https URLs are fetched, not ftp:")]
    [InlineData("file:///etc/passwd", "refused: only http and https URLs are fetched, not file:")]
    [InlineData("http://example.com:22/", "refused: port 22 is not allowed")]
    public async Task Refusals_say_why(string url, string error)
    {
        var result = await Fetchers.Guarded().GetAsync(new Uri(url));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public async Task A_port_not_allowed_is_refused_even_on_an_allowed_network()
    {
        using var target = new ConnectionCounter();
        var result = await Fetchers.ForLocalServers().GetAsync(new Uri($"http://127.0.0.1:{target.Port}/"));

        Assert.Equal($"refused: port {target.Port} is not allowed", result.Error);
        Assert.False(target.WasConnected);
    }

    [Fact]
    public async Task A_redirect_to_a_refused_address_is_refused_on_that_hop()
    {
        // 127.0.0.1 stands in for a public server; 127.0.0.2 for the private one it redirects to.
        using var inside = new ConnectionCounter("127.0.0.2");
        await using var outside = await LocalWebServer.StartAsync(app =>
            app.MapGet("/feed", () => Results.Redirect($"http://127.0.0.2:{inside.Port}/admin")));
        var fetcher = Fetchers.Services(options => options.AllowedPorts = [outside.Port, inside.Port],
            address => address.Equals(IPAddress.Loopback) ? null : NetworkAddresses.WhyRefused(address)).GetRequiredService<GuardedFetcher>();

        var result = await fetcher.GetAsync(outside.Url("/feed"));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Equal("refused: 127.0.0.2 is a loopback address", result.Error);
        Assert.Equal(new Uri($"http://127.0.0.2:{inside.Port}/admin"), result.Url);
        Assert.Equal(1, outside.Requests);
        Assert.False(inside.WasConnected);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "refused: only http and https URLs are fetched, not file:")]
    [InlineData("gopher://127.0.0.1:70/", "refused: only http and https URLs are fetched, not gopher:")]
    public async Task A_redirect_to_another_scheme_is_refused(string location, string error)
    {
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/", () => Results.Redirect(location)));
        var result = await Fetchers.ForLocalServers(server.Port).GetAsync(server.Url("/"));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public async Task A_redirect_to_a_port_not_allowed_is_refused_without_connecting()
    {
        using var target = new ConnectionCounter();
        await using var server = await LocalWebServer.StartAsync(app =>
            app.MapGet("/", () => Results.Redirect($"http://127.0.0.1:{target.Port}/")));
        var result = await Fetchers.ForLocalServers(server.Port).GetAsync(server.Url("/"));

        Assert.Equal($"refused: port {target.Port} is not allowed", result.Error);
        Assert.False(target.WasConnected);
    }
}
