using Folio.Features.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Folio.Tests.Fetching;

public sealed class RobotsTests
{
    private const string Robots = """
        # Everyone else stays out of /private/.
        User-agent: *
        Disallow: /private/

        User-agent: OtherBot
        User-agent: folio
        Disallow: /drafts/
        Allow: /drafts/public
        Disallow: /*.pdf$
        Disallow: /search?*q=

        User-agent: Nobody
        Disallow: /
        """;

    [Theory]
    [InlineData("/", true)]
    [InlineData("/private/page", true)]
    [InlineData("/drafts/", false)]
    [InlineData("/drafts/secret", false)]
    [InlineData("/drafts/public", true)]
    [InlineData("/drafts/public/more", true)]
    [InlineData("/files/a.pdf", false)]
    [InlineData("/files/a.pdf?download=1", true)]
    [InlineData("/search?lang=en&q=news", false)]
    [InlineData("/search", true)]
    [InlineData("/robots.txt", true)]
    public void Our_group_decides_by_the_longest_matching_rule(string path, bool allowed)
    {
        Assert.Equal(allowed, RobotsTxt.Parse(Robots, "Folio").IsAllowed(path));
    }

    [Theory]
    [InlineData("User-agent: *\nDisallow: /private/", "/private/x", false)]
    [InlineData("User-agent: *\nDisallow: /private/", "/public", true)]
    [InlineData("User-agent: *\nDisallow:", "/anything", true)]
    [InlineData("User-agent: *\nDisallow: /\nAllow: /$", "/", true)]
    [InlineData("User-agent: *\nDisallow: /\nAllow: /$", "/page", false)]
    [InlineData("User-agent: Googlebot\nDisallow: /", "/page", true)]
    [InlineData("", "/page", true)]
    [InlineData("Disallow: /no-group", "/no-group", true)]
    [InlineData("User-agent: *\nDisallow: /a*b*c*d*e*f*g*h*z", "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true)]
    public void Other_agents_fall_back_to_the_star_group(string robots, string path, bool allowed)
    {
        Assert.Equal(allowed, RobotsTxt.Parse(robots, "Folio").IsAllowed(path));
    }

    [Fact]
    public async Task Robots_txt_is_fetched_once_per_host_and_obeyed()
    {
        var robotsFetches = 0;
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/robots.txt", () =>
        {
            Interlocked.Increment(ref robotsFetches);
            return Results.Text("User-agent: Folio\nDisallow: /members/\n");
        }));
        var robots = Fetchers.Services(options => { options.AllowPrivateNetworks = true; options.AllowedPorts = [server.Port]; })
            .GetRequiredService<RobotsRules>();

        Assert.False(await robots.IsAllowedAsync(server.Url("/members/post")));
        Assert.True(await robots.IsAllowedAsync(server.Url("/2026/11/01/post/")));
        Assert.Equal(1, robotsFetches);
    }

    [Fact]
    public async Task A_missing_robots_txt_allows_and_a_failing_one_forbids()
    {
        await using var missing = await LocalWebServer.StartAsync(app => app.MapGet("/", () => "home"));
        await using var failing = await LocalWebServer.StartAsync(app => app.MapGet("/robots.txt", () => Results.StatusCode(503)));
        var robots = Fetchers.Services(options => { options.AllowPrivateNetworks = true; options.AllowedPorts = [missing.Port, failing.Port]; })
            .GetRequiredService<RobotsRules>();

        Assert.True(await robots.IsAllowedAsync(missing.Url("/post")));
        Assert.False(await robots.IsAllowedAsync(failing.Url("/post")));
    }
}
