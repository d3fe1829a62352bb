using System.Net;
using Folio.Features.Identity;
using Folio.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Folio.Tests.Identity;

/// <summary>
/// A person changes their password and their email address from /account/: the old password no
/// longer opens the account, other browsers are logged out, this one stays; a new address takes
/// effect only through the link mailed to it, and the old address hears of both.
/// </summary>
public sealed class AccountChangeTests(FolioApp app) : IClassFixture<FolioApp>
{
    private async Task<HttpResponseMessage> LogInAsync(HttpClient browser, string email, string password) =>
        await browser.PostFormAsync("/login/", new() { ["email"] = email, ["password"] = password });

    [Fact]
    public async Task A_changed_password_replaces_the_old_one_and_logs_out_the_other_browsers()
    {
        await app.NewReaderAsync("changer@example.com");
        var here = await app.SignedInClientAsync("localhost", "changer@example.com");
        var elsewhere = await app.SignedInClientAsync("localhost", "changer@example.com");

        var wrong = await here.PostFormAsync("/account/password/", new() { ["CurrentPassword"] = "not my password", ["NewPassword"] = "a brand new password" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("That is not your current password.", await wrong.Content.ReadAsStringAsync());
        var tooShort = await here.PostFormAsync("/account/password/", new() { ["CurrentPassword"] = FolioApp.MemberPassword, ["NewPassword"] = "short" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Contains("Passwords must be at least", await tooShort.Content.ReadAsStringAsync());

        var changed = await here.PostFormAsync("/account/password/", new() { ["CurrentPassword"] = FolioApp.MemberPassword, ["NewPassword"] = "a brand new password" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/account/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/account/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(app.ClientFor("localhost"), "changer@example.com", FolioApp.MemberPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(app.ClientFor("localhost"), "changer@example.com", "a brand new password")).StatusCode);
        await app.WaitForMailAsync("changer@example.com", "Your Folio password was changed");
    }

    [Fact]
    public async Task An_account_without_a_password_sets_one()
    {
        var id = await app.NewReaderAsync("outsider@example.com");
        var browser = await app.SignedInClientAsync("localhost", "outsider@example.com");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            Assert.True((await users.RemovePasswordAsync((await users.FindByIdAsync(id.ToString()))!)).Succeeded);
        }
        // This browser stays logged in: the renewed security stamp is looked at only every minute.
        var page = await browser.GetDocumentAsync("/account/password/");
        Assert.Null(page.QuerySelector("input[name=CurrentPassword]"));
        var set = await browser.PostFormAsync("/account/password/", new() { ["NewPassword"] = "my first password here" });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(app.ClientFor("localhost"), "outsider@example.com", "my first password here")).StatusCode);
    }

    [Fact]
    public async Task A_new_email_address_takes_effect_only_through_the_link_mailed_to_it()
    {
        await app.NewReaderAsync("moving@example.com");
        var browser = await app.SignedInClientAsync("localhost", "moving@example.com");

        var wrong = await browser.PostFormAsync("/account/email/", new() { ["NewEmail"] = "moved@example.com", ["CurrentPassword"] = "not my password" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var asked = await browser.PostFormAsync("/account/email/", new() { ["NewEmail"] = "moved@example.com", ["CurrentPassword"] = FolioApp.MemberPassword });
        Assert.Contains("Check the inbox of moved@example.com", await asked.Content.ReadAsStringAsync());

        await app.WaitForMailAsync("moving@example.com", "A new email address was asked", "moved@example.com");
        var link = await app.LinkInMailAsync("moved@example.com", "Confirm your new email address");
        // Not yet: the old address still logs in.
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(app.ClientFor("localhost"), "moving@example.com", FolioApp.MemberPassword)).StatusCode);

        var followed = await app.ClientFor("localhost").GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Contains("moved@example.com", await followed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(app.ClientFor("localhost"), "moved@example.com", FolioApp.MemberPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(app.ClientFor("localhost"), "moving@example.com", FolioApp.MemberPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.ClientFor("localhost").GetAsync(link.PathAndQuery.Replace("code=", "code=x"))).StatusCode);
    }

    [Fact]
    public async Task An_address_another_account_uses_is_answered_as_any_other_and_its_inbox_is_told()
    {
        await app.NewReaderAsync("taker@example.com");
        await app.NewReaderAsync("taken@example.com");
        var browser = await app.SignedInClientAsync("localhost", "taker@example.com");

        var asked = await browser.PostFormAsync("/account/email/", new() { ["NewEmail"] = "taken@example.com", ["CurrentPassword"] = FolioApp.MemberPassword });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Check the inbox of taken@example.com", await asked.Content.ReadAsStringAsync());

        var told = await app.WaitForMailAsync("taken@example.com", "Someone asked to move a Folio account to this address");
        Assert.DoesNotContain("/account/email/confirm/", told.TextBody);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(app.ClientFor("localhost"), "taker@example.com", FolioApp.MemberPassword)).StatusCode);
    }
}
