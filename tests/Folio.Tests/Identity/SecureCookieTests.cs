using System.Net;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Folio.Tests.Identity;

/// <summary>Served over HTTPS, the session cookies are __Host- cookies: Secure, for the whole host, and for that host alone.</summary>
public sealed class SecureCookieTests(SecureCookieTests.HttpsApp app) : IClassFixture<SecureCookieTests.HttpsApp>
{
    public sealed class HttpsApp : FolioApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:PublicScheme", "https");
        }
    }

    [Fact]
    public async Task Logging_in_over_https_sets_a_host_prefixed_secure_session_that_keeps_working()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://demo.localhost/"), AllowAutoRedirect = false });

        var loggedIn = await client.PostFormAsync("/login/", new() { ["email"] = FolioApp.DemoEmail, ["password"] = FolioApp.DemoPassword });

        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        var session = Assert.Single(loggedIn.Headers.GetValues("Set-Cookie"), c => c.Contains("folio_session"));
        Assert.StartsWith("__Host-folio_session=", session);
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/")).StatusCode);
    }
}
