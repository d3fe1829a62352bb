using System.Net;
using System.Web;
using Folio.Data;
using Folio.Features.Identity.External;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace Folio.Tests.Identity;

/// <summary>
/// The common OAuth services, configured by settings alone. These services live on the
/// internet, which this machine cannot reach, so the tests stop where the browser would leave
/// Folio: at the service's door, with every protection on, and at Folio's callback when the
/// answer is not one Folio asked for. The full round trip is proven against the local OpenID
/// Connect provider, which shares everything after the callback.
/// </summary>
public sealed class WebProviderLoginTests(WebProviderLoginTests.AppWithServices app) : IClassFixture<WebProviderLoginTests.AppWithServices>
{
    public sealed class AppWithServices : FolioApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Folio:Login:AllowHttpAuthorities", "true");
            builder.UseSetting("Folio:Login:Web:GitHub:ClientId", "folio-github-client");
            builder.UseSetting("Folio:Login:Web:GitHub:ClientSecret", "github-secret");
            builder.UseSetting("Folio:Login:Web:Fosstodon:Service", "Mastodon");
            builder.UseSetting("Folio:Login:Web:Fosstodon:Instance", "https://fosstodon.example/");
            builder.UseSetting("Folio:Login:Web:Fosstodon:ClientId", "folio-mastodon-client");
            builder.UseSetting("Folio:Login:Web:Fosstodon:ClientSecret", "mastodon-secret");
        }
    }

    [Fact]
    public async Task Each_configured_service_is_a_button_named_after_it_on_the_login_page_and_the_comment_form()
    {
        var login = await app.ClientFor("localhost").GetDocumentAsync("/login/");
        var buttons = login.QuerySelectorAll(".login-providers button").Select(button => button.TextContent.Trim()).ToList();
        Assert.Equal(["fosstodon.example", "GitHub"], buttons);

        var post = await app.SavePostAsync("demo", new SavePost { AuthorId = await app.DemoBloggerIdAsync(), Title = "Talk to us", Body = "Words.", Status = PostStatus.Published });
        var form = await app.DemoClient().GetDocumentAsync(post);
        var icons = form.QuerySelectorAll("#respond .login-providers button");
        Assert.Equal(["fosstodon.example", "GitHub"], icons.Select(button => button.TextContent.Trim()));
        Assert.Equal("Connecting to GitHub…", icons[1].GetAttribute("data-connecting"));
    }

    [Fact]
    public async Task A_github_login_leaves_for_github_with_state_and_the_callback_on_the_platform()
    {
        var authorize = await LeaveForServiceAsync("GitHub");
        Assert.Equal("https://github.com/login/oauth/authorize", authorize.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal("folio-github-client", query["client_id"]);
        Assert.Equal("http://localhost/signin-web-github", query["redirect_uri"]);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.DoesNotContain("demo.localhost", authorize.ToString()); // which site asked travels sealed in the state
    }

    [Fact]
    public async Task A_mastodon_login_goes_to_the_configured_instance()
    {
        var authorize = await LeaveForServiceAsync("Fosstodon");
        Assert.Equal("https://fosstodon.example/oauth/authorize", authorize.GetLeftPart(UriPartial.Path));
        Assert.Equal("folio-mastodon-client", HttpUtility.ParseQueryString(authorize.Query)["client_id"]);
    }

    [Fact]
    public async Task An_answer_folio_never_asked_for_logs_nobody_in()
    {
        var answer = await app.ClientFor("localhost").GetAsync("/signin-web-github?code=stolen&state=not-ours");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/login/?failed=GitHub", answer.Headers.Location!.OriginalString);
        Assert.DoesNotContain(answer.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], cookie => cookie.StartsWith("folio_session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_login_s_state_is_spent_by_the_first_answer_that_brings_it_back()
    {
        var browser = app.ClientFor("localhost");
        var before = await StateTokensAsync();
        var state = HttpUtility.ParseQueryString((await LeaveForServiceAsync("GitHub", browser)).Query)["state"];
        var recorded = Assert.Single((await StateTokensAsync()).ExceptBy(before.Select(token => token.Id), token => token.Id));
        Assert.Equal(OpenIddictConstants.Statuses.Valid, recorded.Status);

        // The first answer spends the state before anything else is checked; GitHub, which would
        // turn the code into the person's identity, is out of this machine's reach.
        await browser.GetAsync($"/signin-web-github?code=first&state={Uri.EscapeDataString(state!)}");
        Assert.Equal(OpenIddictConstants.Statuses.Redeemed, (await StateTokensAsync()).Single(token => token.Id == recorded.Id).Status);

        var replay = await browser.GetAsync($"/signin-web-github?code=replayed&state={Uri.EscapeDataString(state!)}");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Equal("/login/?failed=GitHub", replay.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Records_of_states_older_than_a_day_are_pruned()
    {
        await LeaveForServiceAsync("GitHub");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
            await db.Set<OpenIddictEntityFrameworkCoreToken>().ExecuteUpdateAsync(tokens => tokens
                .SetProperty(token => token.CreationDate, DateTime.UtcNow.AddDays(-2))
                .SetProperty(token => token.ExpirationDate, DateTime.UtcNow.AddDays(-2).AddMinutes(15)));
            await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(DateTimeOffset.UtcNow - SpentStateTokenPruner.KeptFor);
        }
        Assert.Empty(await StateTokensAsync());
    }

    private async Task<List<OpenIddictEntityFrameworkCoreToken>> StateTokensAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FolioDbContext>().Set<OpenIddictEntityFrameworkCoreToken>().AsNoTracking()
            .Where(token => token.Type == OpenIddictConstants.TokenTypeIdentifiers.Private.StateToken).ToListAsync();
    }

    /// <summary>From the demo site's "log in with" link, through the platform (in this browser, or a new one), to the service's authorization page.</summary>
    private async Task<Uri> LeaveForServiceAsync(string provider, HttpClient? browser = null)
    {
        var fromSite = await app.DemoClient().GetAsync($"/login/with/{provider}/?returnUrl=%2F");
        var atPlatform = await (browser ?? app.ClientFor("localhost")).GetAsync(fromSite.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, atPlatform.StatusCode);
        return atPlatform.Headers.Location!;
    }
}
