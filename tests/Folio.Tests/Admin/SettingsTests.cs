using System.Net;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

public sealed class SettingsTests(FolioApp app) : IClassFixture<FolioApp>
{
    private async Task<HttpClient> AdministratorOfAsync(string slug)
    {
        await app.CreateSiteAsync(slug, slug);
        return await app.SignedInClientAsync($"{slug}.localhost", $"owner-of-{slug}@example.com");
    }

    [Theory]
    [InlineData("https://blog.example.com/", "A custom domain is a host name such as blog.example.com")]
    [InlineData("evil.localhost", "Addresses under localhost belong to the platform")]
    [InlineData("nodots", "A custom domain is a host name such as blog.example.com")]
    public async Task A_bad_domain_is_refused_and_nothing_changes(string domain, string message)
    {
        var slug = "bad" + Math.Abs(domain.GetHashCode() % 10000);
        var admin = await AdministratorOfAsync(slug);

        var response = await admin.PostFormAsync("/admin/settings/", new() { ["customDomain"] = domain, ["postsPerPage"] = "10", ["commentModeration"] = "HoldFirstTime", ["commentThreadDepth"] = "5", ["commentLinkLimit"] = "2" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Null(await app.ForSiteAsync(slug, s => Task.FromResult(s.GetRequiredService<CurrentSite>().Required.CustomDomain)));
    }

    [Fact]
    public async Task Only_administrators_change_settings()
    {
        await app.CreateSiteAsync("guarded", "Guarded");
        await app.AddMemberAsync("guarded", "ed@guarded.example", SiteRole.Editor);
        var editor = await app.SignedInClientAsync("guarded.localhost", "ed@guarded.example");

        var response = await editor.GetAsync("/admin/settings/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login/", response.Headers.Location!.AbsolutePath);
    }
}
