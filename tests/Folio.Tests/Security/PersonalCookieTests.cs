using Folio.Infrastructure;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Folio.Tests.Security;

/// <summary>
/// A feature declares the cookies that make a reader's pages their own; the shared page cache
/// honours whatever is declared, so a new feature's cookie needs no change in Infrastructure.
/// </summary>
public sealed class PersonalCookieTests(PersonalCookieTests.BadgeSite site) : IClassFixture<PersonalCookieTests.BadgeSite>
{
    public sealed class BadgeSite : FolioApp
    {
        public const string Cookie = "folio_reader_badge";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddPersonalCookie(Cookie));
        }
    }

    [Fact]
    public async Task A_page_for_a_request_with_a_declared_cookie_is_neither_served_from_nor_stored_in_the_shared_cache()
    {
        await site.DemoClient().GetAsync("/");
        var shared = await site.DemoClient().GetAsync("/");
        var personal = await WithCookieAsync(BadgeSite.Cookie);
        var prefixed = await WithCookieAsync(CookieNames.HostPrefix + BadgeSite.Cookie);
        var undeclared = await WithCookieAsync("folio_something_else");

        Assert.True(shared.Headers.Age is not null, "An anonymous second request is served from the cache.");
        Assert.Null(personal.Headers.Age);
        Assert.Null(prefixed.Headers.Age);
        Assert.NotNull(undeclared.Headers.Age);
    }

    private Task<HttpResponseMessage> WithCookieAsync(string name)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"{name}=1");
        return site.DemoClient().SendAsync(request);
    }
}
