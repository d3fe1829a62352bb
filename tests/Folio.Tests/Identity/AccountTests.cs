using System.Net;
using Folio.Features.Identity;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Identity;

public sealed class AccountTests(FolioApp app) : IClassFixture<FolioApp>
{
    private HttpClient Platform() => app.ClientFor("localhost");

    private static Dictionary<string, string> Credentials(string email, string password) => new() { ["email"] = email, ["password"] = password };

    [Fact]
    public async Task Sign_up_mails_a_link_that_confirms_signs_in_and_opens_site_creation()
    {
        var client = Platform();
        var response = await client.PostFormAsync("/signup/", Credentials("newcomer@example.com", "correct horse battery"));
        var page = await Html.ParseAsync(response);
        Assert.Equal("Check your email", page.QuerySelector("h1")!.TextContent);

        var link = await app.LinkInMailAsync("newcomer@example.com", "Confirm your email");
        Assert.Equal("/confirm-email/", link.AbsolutePath);
        var confirmed = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.StartsWith("/new-site/", confirmed.Headers.Location!.OriginalString);

        var newSite = await client.GetDocumentAsync("/new-site/");
        Assert.NotNull(newSite.QuerySelector("label[for=slug]"));
        Assert.Equal("Site address", newSite.QuerySelector("label[for=slug]")!.TextContent);
    }

    [Fact]
    public async Task Sign_up_with_a_taken_email_answers_the_same_and_tells_only_the_owner()
    {
        var response = await Platform().PostFormAsync("/signup/", Credentials(FolioApp.DemoEmail, "another password here"));
        var page = await Html.ParseAsync(response);

        Assert.Equal("Check your email", page.QuerySelector("h1")!.TextContent);
        await app.WaitForMailAsync(FolioApp.DemoEmail, "Someone tried to sign up with your email");
    }

    [Fact]
    public async Task An_unconfirmed_account_logging_in_with_its_password_is_told_so_and_can_have_the_mail_again()
    {
        var client = Platform();
        await client.PostFormAsync("/signup/", Credentials("unconfirmed@example.com", "correct horse battery"));
        await app.WaitForMailsAsync("unconfirmed@example.com", "Confirm your email", count: 1);

        // Without the password nobody learns that the account exists.
        var wrong = await client.PostFormAsync("/login/", Credentials("unconfirmed@example.com", "not the password at all"));
        Assert.Contains(LoginModel.Refusal, await wrong.Content.ReadAsStringAsync());

        var response = await client.PostFormAsync("/login/", Credentials("unconfirmed@example.com", "correct horse battery"));
        var page = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not confirmed yet", page.QuerySelector("[role=status]")!.TextContent);
        var resend = page.QuerySelectorAll("form").Single(f => f.QuerySelector("button")?.TextContent.Trim() == "Resend confirmation email");
        var fields = resend.QuerySelectorAll("input[type=hidden][name]:not([name=__RequestVerificationToken])")
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
        var resent = await Html.ParseAsync(await client.PostFormAsync(resend.GetAttribute("action")!, fields, pagePath: "/login/"));

        Assert.Equal("Check your email", resent.QuerySelector("h1")!.TextContent);
        var mails = await app.WaitForMailsAsync("unconfirmed@example.com", "Confirm your email", count: 2);
        var confirmed = await client.GetAsync(MailDrop.FirstLink(mails[1]).PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task Signing_up_again_before_confirming_sends_a_new_link_for_the_new_password()
    {
        await Platform().PostFormAsync("/signup/", Credentials("twice@example.com", "first password here"));
        var first = MailDrop.FirstLink((await app.WaitForMailsAsync("twice@example.com", "Confirm your email", count: 1))[0]);
        var again = await Html.ParseAsync(await Platform().PostFormAsync("/signup/", Credentials("twice@example.com", "second password here")));

        Assert.Equal("Check your email", again.QuerySelector("h1")!.TextContent);
        var second = (await app.WaitForMailsAsync("twice@example.com", "Confirm your email", count: 2)).Select(MailDrop.FirstLink).Single(link => link != first);
        Assert.DoesNotContain(app.MessagesTo("twice@example.com"), mail => (mail.Subject ?? "").Contains("Someone tried to sign up"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Platform().GetAsync(first.PathAndQuery)).StatusCode); // the older link no longer works
        Assert.Equal(HttpStatusCode.Redirect, (await Platform().GetAsync(second.PathAndQuery)).StatusCode);
        var login = await Platform().PostFormAsync("/login/", Credentials("twice@example.com", "second password here"));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task The_page_of_a_link_that_no_longer_works_sends_a_new_one_and_tells_strangers_nothing()
    {
        await Platform().PostFormAsync("/signup/", Credentials("slowpoke@example.com", "correct horse battery"));
        var link = await app.LinkInMailAsync("slowpoke@example.com", "Confirm your email");
        var client = Platform();

        var broken = await client.GetAsync(link.PathAndQuery.Replace("code=", "code=x"));
        var page = await Html.ParseAsync(broken);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.DoesNotContain("Sign up again", page.Body!.TextContent);
        var resend = page.QuerySelectorAll("form").Single(f => f.QuerySelector("button")?.TextContent.Trim() == "Resend confirmation email");
        Assert.NotNull(resend.QuerySelector("input[name=email]"));
        var action = resend.GetAttribute("action")!;

        var mine = await Html.ParseAsync(await client.PostFormAsync(action, new() { ["email"] = "slowpoke@example.com" }, pagePath: "/login/"));
        var stranger = await Html.ParseAsync(await client.PostFormAsync(action, new() { ["email"] = "nobody-signed-up@example.com" }, pagePath: "/login/"));

        Assert.Equal(mine.QuerySelector("main")!.TextContent.Replace("slowpoke@example.com", ""), stranger.QuerySelector("main")!.TextContent.Replace("nobody-signed-up@example.com", ""));
        await app.WaitForMailsAsync("slowpoke@example.com", "Confirm your email", count: 2);
        Assert.Empty(app.MessagesTo("nobody-signed-up@example.com"));
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_answer()
    {
        var wrongPassword = await Platform().PostFormAsync("/login/", Credentials(FolioApp.DemoEmail, "not the password"));
        var unknownEmail = await Platform().PostFormAsync("/login/", Credentials("nobody-at-all@example.com", "not the password"));

        var first = (await Html.ParseAsync(wrongPassword)).QuerySelector(".form-errors")!.TextContent;
        var second = (await Html.ParseAsync(unknownEmail)).QuerySelector(".form-errors")!.TextContent;
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_megabyte_password_is_refused_without_creating_anything()
    {
        var huge = new string('x', 1024 * 1024);
        var response = await Platform().PostFormAsync("/signup/", Credentials("huge@example.com", huge));

        // Kestrel answers 413 (request size limit); the in-memory test server 400 (form value limit).
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });
        Assert.Empty(app.MessagesTo("huge@example.com"));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Account>>().FindByEmailAsync("huge@example.com"));
    }

    [Fact]
    public async Task A_password_over_the_cap_is_refused_with_a_clear_message()
    {
        var response = await Platform().PostFormAsync("/signup/", Credentials("long@example.com", new string('x', 300)));

        Assert.Contains("A password can be at most 256 characters long.", await response.Content.ReadAsStringAsync());
        Assert.Empty(app.MessagesTo("long@example.com"));
    }

    [Fact]
    public async Task Forgotten_password_is_reset_through_the_mailed_link()
    {
        await app.AddMemberAsync("demo", "forgetful@example.com", Folio.Features.Sites.SiteRole.Author);
        var client = Platform();
        var reset = await app.ResetPasswordThroughMailAsync(client, "forgetful@example.com", "a brand new password");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var landed = await client.GetDocumentAsync(reset.Headers.Location!.OriginalString);
        Assert.Equal("Your password has been changed; log in with it.", landed.QuerySelector("[role=status]")?.TextContent.Trim());

        var login = await Platform().PostFormAsync("/login/", Credentials("forgetful@example.com", "a brand new password"));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("http://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Log_in_never_redirects_to_another_host(string returnUrl)
    {
        var response = await Platform().PostFormAsync("/login/", new()
        {
            ["email"] = FolioApp.DemoEmail, ["password"] = FolioApp.DemoPassword, ["returnUrl"] = returnUrl,
        }, pagePath: "/login/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Session_cookie_is_http_only_and_same_site()
    {
        var response = await Platform().PostFormAsync("/login/", Credentials(FolioApp.DemoEmail, FolioApp.DemoPassword));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("folio_session="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
    [Fact]
    public async Task A_reset_link_never_names_a_port_the_request_made_up()
    {
        await app.NewReaderAsync("ported@example.com");
        // The Host header names a port this server does not listen on: an attacker's.
        await app.ClientFor("localhost:6666").PostFormAsync("/forgot-password/", new() { ["email"] = "ported@example.com" });

        var link = await app.LinkInMailAsync("ported@example.com", "Reset your Folio password");

        Assert.Equal("localhost", link.Host);
        Assert.True(link.IsDefaultPort, $"The link {link} names port {link.Port}.");
    }
}
