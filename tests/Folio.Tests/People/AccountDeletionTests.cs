using System.Net;
using System.Security.Claims;
using Folio.Data;
using Folio.Features.Comments;
using Folio.Features.Identity;
using Folio.Features.Likes;
using Folio.Features.People;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Folio.Tests.RestApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Folio.Tests.People;

/// <summary>
/// "Delete your account": the person confirms with their password and chooses for each site
/// they alone administer and for their comments; the account is locked out at once, everywhere
/// and by every way in, and can be restored with the password for the grace period; then the
/// purger removes it, carrying out the choices and touching nobody else's things.
/// </summary>
public sealed class AccountDeletionTests(FolioApp app) : IClassFixture<FolioApp>
{
    private static async Task<HttpResponseMessage> DeleteAsync(HttpClient platform, Dictionary<string, string> fields) =>
        await platform.PostFormAsync(DeleteAccountModel.Path, fields);

    private async Task<long> SiteIdAsync(string slug) => await app.QuerySiteAsync(slug, db => db.Sites.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync());

    /// <summary>Thirty days pass for this account (the removal date moves back, as SiteDeletionTests does for sites).</summary>
    private async Task GracePassesAsync(long accountId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        await db.Users.Where(a => a.Id == accountId).ExecuteUpdateAsync(set => set.SetProperty(a => a.DeleteAfter, DateTime.UtcNow.AddSeconds(-1)));
    }

    private async Task<T> QueryAsync<T>(Func<FolioDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FolioDbContext>());
    }

    [Fact]
    public async Task A_deleted_account_is_logged_out_everywhere_cannot_log_in_and_is_restored_with_its_password()
    {
        await app.CreateSiteAsync("leaving", "The leaving site");
        const string email = "owner-of-leaving@example.com";
        var siteId = await SiteIdAsync("leaving");
        var post = await app.SavePostAsync("leaving", new SavePost { AuthorId = await QueryAsync(db => db.Users.Where(a => a.Email == email).Select(a => a.Id).SingleAsync()), Title = "Before", Body = "Words.", Status = PostStatus.Published });
        var appPassword = await ApplicationPasswordClient.CreateAsync(app, email);
        var platform = await app.SignedInClientAsync("localhost", email);
        var onSite = await app.SignedInClientAsync("leaving.localhost", email);

        var page = await platform.GetDocumentAsync(DeleteAccountModel.Path);
        Assert.Contains("The leaving site", page.QuerySelector("fieldset legend")!.TextContent);
        Assert.Contains("Your posts on sites that stay are handed to one of their administrators", page.Body!.TextContent);
        Assert.Contains(DeleteAccountModel.Path, (await platform.GetDocumentAsync("/account/")).Body!.InnerHtml);

        var undecided = await DeleteAsync(platform, new() { ["Password"] = FolioApp.MemberPassword, ["Comments"] = "Anonymise" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, undecided.StatusCode);
        Assert.Contains("Choose what becomes of The leaving site", WebUtility.HtmlDecode(await undecided.Content.ReadAsStringAsync()));
        var wrongPassword = await DeleteAsync(platform, new() { ["Password"] = "not it at all", ["Comments"] = "Anonymise", [$"Sites[{siteId}]"] = "delete" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPassword.StatusCode);
        Assert.Contains("That is not your current password.", await wrongPassword.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await onSite.GetAsync("/admin/")).StatusCode);

        var deleted = await DeleteAsync(platform, new() { ["Password"] = FolioApp.MemberPassword, ["Comments"] = "Anonymise", [$"Sites[{siteId}]"] = "delete" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(LoginModel.WithNotice(LoginNotice.AccountDeleted), deleted.Headers.Location!.OriginalString);

        // Every session is over, on every host; the site chosen for deletion is gone; no way in works.
        Assert.Equal(HttpStatusCode.Redirect, (await platform.GetAsync("/account/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await onSite.GetAsync("/admin/")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await app.ClientFor("leaving.localhost").GetAsync(post)).StatusCode);
        var profile = PersonDirectory.ProfilePath(await QueryAsync(db => db.Users.Where(a => a.Email == email).Select(a => a.UserName!).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientFor("localhost").GetAsync(profile)).StatusCode);
        var api = await ApplicationPasswordClient.For(app, "demo.localhost", email, appPassword).GetAsync("/wp-json/wp/v2/users/me");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("This account is deleted", await api.Content.ReadAsStringAsync());

        var browser = app.ClientFor("localhost");
        var wrong = await browser.PostFormAsync("/login/", new() { ["email"] = email, ["password"] = "a wrong password here" });
        Assert.DoesNotContain("This account is deleted", await wrong.Content.ReadAsStringAsync()); // only the password tells
        var login = await browser.PostFormAsync("/login/", new() { ["email"] = email, ["password"] = FolioApp.MemberPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var loginPage = WebUtility.HtmlDecode(await login.Content.ReadAsStringAsync());
        var removedOn = await QueryAsync(db => db.Users.Where(a => a.Email == email).Select(a => a.DeleteAfter!.Value).SingleAsync());
        Assert.Contains("This account is deleted: it will be removed for good on", loginPage);
        Assert.Contains(removedOn.ToString("D", System.Globalization.CultureInfo.GetCultureInfo("en")), loginPage);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account/")).StatusCode); // not logged in

        var restored = await browser.PostFormAsync("/login/?handler=Restore", new() { ["email"] = email, ["password"] = FolioApp.MemberPassword }, pagePath: "/login/");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("/account/?restored=true", restored.Headers.Location!.OriginalString);
        Assert.Contains("Your account is restored, as it was.", (await browser.GetDocumentAsync("/account/?restored=true")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor("leaving.localhost").GetAsync(post)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor("localhost").GetAsync(profile)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApplicationPasswordClient.For(app, "demo.localhost", email, appPassword).GetAsync("/wp-json/wp/v2/users/me")).StatusCode);
        Assert.Null(await QueryAsync(db => db.Users.Where(a => a.Email == email).Select(a => a.CommentsOnDeletion).SingleAsync()));
    }

    [Fact]
    public async Task A_sign_in_without_a_credential_starts_no_session_for_a_deleted_account()
    {
        // What an outside provider's login and a login ticket end with: a sign-in by account alone.
        var id = await app.NewReaderAsync("no-way-in@example.com");
        var platform = await app.SignedInClientAsync("localhost", "no-way-in@example.com");
        await DeleteAsync(platform, new() { ["Password"] = FolioApp.MemberPassword, ["Comments"] = "Delete" });

        await using var scope = app.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<Account>>();
        var account = (await signIn.UserManager.FindByIdAsync(id.ToString()))!;
        Assert.False(await signIn.CanSignInAsync(account));
        await signIn.SignInAsync(account, isPersistent: true);
        Assert.False(context.Response.Headers.ContainsKey("Set-Cookie"));
        Assert.Null(context.User.FindFirstValue(ClaimTypes.NameIdentifier));
    }

    [Fact]
    public async Task The_purge_hands_sites_and_posts_over_anonymises_comments_and_leaves_everyone_else_alone()
    {
        var hostId = await app.CreateSiteAsync("host-site", "Host site");
        var leaver = await app.AddMemberAsync("host-site", "leaver@example.com", SiteRole.Author);
        var heir = await app.AddMemberAsync("host-site", "heir@example.com", SiteRole.Author);
        // The leaver's own site, with the heir as its author.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<CreateSiteHandler>().HandleAsync(new CreateSite("leavers-own", "Leaver's own", leaver));
            Assert.Null(created.Error);
        }
        await app.QuerySiteAsync("leavers-own", async db =>
        {
            db.SiteMembers.Add(new SiteMember { AccountId = heir, Role = SiteRole.Author, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var ownPost = await app.SavePostAsync("leavers-own", new SavePost { AuthorId = leaver, Title = "Mine to hand on", Body = "Words.", Status = PostStatus.Published });
        var hostedPost = await app.SavePostAsync("host-site", new SavePost { AuthorId = leaver, Title = "Written as a guest author", Body = "Words.", Status = PostStatus.Published });
        var hostsPost = await app.SavePostAsync("host-site", new SavePost { AuthorId = hostId, Title = "The host's post", Body = "Words.", Status = PostStatus.Published });
        await app.QuerySiteAsync("host-site", async db =>
        {
            var post = await db.Posts.SingleAsync(p => p.Title == "The host's post");
            db.Comments.Add(new Comment { PostId = post.Id, AccountId = leaver, AuthorName = "Leaver Lee", AuthorEmail = "leaver@example.com", AuthorUrl = "https://leaver.example/", AvatarSeed = "abcdefabcdef0123", IpAddress = "192.0.2.7", Body = "Leaver's words.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow });
            db.Comments.Add(new Comment { PostId = post.Id, AuthorName = "Somebody Else", AuthorEmail = "else@example.com", AvatarSeed = "1111111111111111", Body = "Someone else's words.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow });
            db.PostLikes.Add(new PostLike { PostId = post.Id, AccountId = leaver, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var reader = app.ClientFor("host-site.localhost");
        Assert.Contains("Leaver Lee", await reader.GetStringAsync(hostsPost)); // now cached

        var platform = await app.SignedInClientAsync("localhost", "leaver@example.com");
        var ownId = await SiteIdAsync("leavers-own");
        var choices = await platform.GetDocumentAsync(DeleteAccountModel.Path);
        Assert.Equal("Leaver's own", choices.QuerySelector("fieldset legend")!.TextContent); // only the sites the person administers
        Assert.DoesNotContain("Host site", choices.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await DeleteAsync(platform, new() { ["Password"] = FolioApp.MemberPassword, ["Comments"] = "Anonymise", [$"Sites[{ownId}]"] = heir.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor("leavers-own.localhost").GetAsync(ownPost)).StatusCode); // handed over, not deleted

        var purger = app.Services.GetRequiredService<AccountPurger>();
        Assert.Equal(0, await purger.PurgeAsync(CancellationToken.None)); // not due yet
        await GracePassesAsync(leaver);
        Assert.Equal(1, await purger.PurgeAsync(CancellationToken.None));

        Assert.False(await QueryAsync(db => db.Users.AnyAsync(a => a.Id == leaver)));
        Assert.Equal(SiteRole.Administrator, await app.QuerySiteAsync("leavers-own", db => db.SiteMembers.Where(m => m.AccountId == heir).Select(m => m.Role).SingleAsync()));
        Assert.Equal(heir, await app.QuerySiteAsync("leavers-own", db => db.Posts.Where(p => p.Title == "Mine to hand on").Select(p => p.AuthorId).SingleAsync()));
        Assert.Equal(hostId, await app.QuerySiteAsync("host-site", db => db.Posts.Where(p => p.Title == "Written as a guest author").Select(p => p.AuthorId).SingleAsync()));
        Assert.Equal(SiteRole.Author, await app.QuerySiteAsync("host-site", db => db.SiteMembers.Where(m => m.AccountId == heir).Select(m => m.Role).SingleAsync()));
        var comments = await app.QuerySiteAsync("host-site", db => db.Comments.OrderBy(c => c.Id).ToListAsync());
        var anonymised = comments.Single(c => c.Body == "Leaver's words.");
        Assert.Equal(("Deleted user", "", null, null, null, AccountPurger.DeletedAvatarSeed),
            (anonymised.AuthorName, anonymised.AuthorEmail, anonymised.AuthorUrl, anonymised.AccountId, anonymised.IpAddress, anonymised.AvatarSeed));
        var untouched = comments.Single(c => c.Body == "Someone else's words.");
        Assert.Equal(("Somebody Else", "else@example.com", "1111111111111111"), (untouched.AuthorName, untouched.AuthorEmail, untouched.AvatarSeed));
        Assert.False(await app.QuerySiteAsync("host-site", db => db.PostLikes.AnyAsync(l => l.AccountId == leaver)));

        // The cached page that showed the person is rendered again.
        var after = await reader.GetStringAsync(hostsPost);
        Assert.DoesNotContain("Leaver Lee", after);
        Assert.Contains("Deleted user", after);
        Assert.Contains("Written as a guest author", await app.ClientFor("host-site.localhost").GetStringAsync(hostedPost));
    }

    [Fact]
    public async Task Deleted_comments_go_and_their_replies_stay_moved_up()
    {
        var owner = await app.CreateSiteAsync("talk", "Talk");
        await app.SavePostAsync("talk", new SavePost { AuthorId = owner, Title = "Talk about it", Body = "Words.", Status = PostStatus.Published });
        var leaver = await app.NewReaderAsync("talker@example.com");
        var replier = await app.NewReaderAsync("replier@example.com");
        var (first, reply) = await app.QuerySiteAsync("talk", async db =>
        {
            var post = await db.Posts.SingleAsync();
            var comment = new Comment { PostId = post.Id, AccountId = leaver, AuthorName = "Talker", AuthorEmail = "talker@example.com", Body = "First.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            var answer = new Comment { PostId = post.Id, ParentId = comment.Id, AccountId = replier, AuthorName = "Replier", AuthorEmail = "replier@example.com", Body = "A reply.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow };
            db.Comments.Add(answer);
            await db.SaveChangesAsync();
            return (comment.Id, answer.Id);
        });
        var platform = await app.SignedInClientAsync("localhost", "talker@example.com");
        await DeleteAsync(platform, new() { ["Password"] = FolioApp.MemberPassword, ["Comments"] = "Delete" });
        Assert.Equal(DeletedAccountComments.Delete, await QueryAsync(db => db.Users.Where(a => a.Id == leaver).Select(a => a.CommentsOnDeletion).SingleAsync()));
        await GracePassesAsync(leaver);
        await app.Services.GetRequiredService<AccountPurger>().PurgeAsync(CancellationToken.None);

        var left = await app.QuerySiteAsync("talk", db => db.Comments.Where(c => c.Id == first || c.Id == reply).ToListAsync());
        Assert.Equal(reply, Assert.Single(left).Id);
        Assert.Null(left[0].ParentId);
    }

    [Fact]
    public async Task A_restore_before_the_purge_reaches_the_account_leaves_it_nothing_to_do()
    {
        var id = await app.NewReaderAsync("second-thoughts@example.com");
        var platform = await app.SignedInClientAsync("localhost", "second-thoughts@example.com");
        await DeleteAsync(platform, new() { ["Password"] = FolioApp.MemberPassword, ["Comments"] = "Delete" });
        await GracePassesAsync(id);

        // The purger has read the account as due; the owner restores it before the purger claims it.
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<AccountDeletion>().RestoreAsync(id, CancellationToken.None));
        Assert.False(await app.Services.GetRequiredService<AccountPurger>().RemoveIfDueAsync(id, CancellationToken.None));
        Assert.True(await QueryAsync(db => db.Users.AnyAsync(a => a.Id == id && a.DeleteAfter == null)));
        await app.SignedInClientAsync("localhost", "second-thoughts@example.com");
    }

    [Fact]
    public async Task Nobody_hands_a_site_to_an_outsider_or_decides_for_a_site_they_do_not_administer()
    {
        await app.CreateSiteAsync("guarded", "Guarded");
        await app.CreateSiteAsync("bystander", "Bystander");
        var outsider = await app.AddMemberAsync("bystander", "outsider@example.com", SiteRole.Editor);
        var platform = await app.SignedInClientAsync("localhost", "owner-of-guarded@example.com");
        var guarded = await SiteIdAsync("guarded");
        var bystander = await SiteIdAsync("bystander");

        var refused = await DeleteAsync(platform, new() { ["Password"] = FolioApp.MemberPassword, ["Comments"] = "Anonymise", [$"Sites[{guarded}]"] = outsider.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Choose what becomes of Guarded", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await DeleteAsync(platform, new()
        {
            ["Password"] = FolioApp.MemberPassword, ["Comments"] = "Anonymise", [$"Sites[{guarded}]"] = "delete", [$"Sites[{bystander}]"] = "delete",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor("bystander.localhost").GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await app.ClientFor("guarded.localhost").GetAsync("/")).StatusCode);
        // The bystander's owner is still who they were; the outsider's role is the one they had.
        Assert.Equal(SiteRole.Editor, await app.QuerySiteAsync("bystander", db => db.SiteMembers.Where(m => m.AccountId == outsider).Select(m => m.Role).SingleAsync()));
        Assert.Null(await QueryAsync(db => db.Users.Where(a => a.Email == "owner-of-bystander@example.com").Select(a => a.DeleteAfter).SingleAsync()));
    }

    [Fact]
    public async Task An_account_whose_site_is_being_deleted_waits_for_the_site_then_goes()
    {
        var owner = await app.CreateSiteAsync("closing", "Closing down");
        await app.SavePostAsync("closing", new SavePost { AuthorId = owner, Title = "Last words", Body = "Bye.", Status = PostStatus.Published });
        var siteId = await SiteIdAsync("closing");
        var platform = await app.SignedInClientAsync("localhost", "owner-of-closing@example.com");
        await DeleteAsync(platform, new() { ["Password"] = FolioApp.MemberPassword, ["Comments"] = "Anonymise", [$"Sites[{siteId}]"] = "delete" });
        await GracePassesAsync(owner);

        // The site's posts have nobody to go to: the account waits until the site itself is removed.
        var purger = app.Services.GetRequiredService<AccountPurger>();
        Assert.False(await purger.RemoveIfDueAsync(owner, CancellationToken.None));
        Assert.True(await QueryAsync(db => db.Users.AnyAsync(a => a.Id == owner && a.DeleteAfter != null)));
        await QueryAsync(db => db.Sites.Where(s => s.Id == siteId).ExecuteUpdateAsync(set => set.SetProperty(s => s.DeleteAfter, DateTime.UtcNow.AddSeconds(-1))));
        Assert.Equal(1, await app.Services.GetRequiredService<SitePurger>().PurgeAsync(CancellationToken.None));
        Assert.True(await purger.RemoveIfDueAsync(owner, CancellationToken.None));
        Assert.False(await QueryAsync(db => db.Users.AnyAsync(a => a.Id == owner)));
    }

    [Fact]
    public async Task An_account_without_a_password_confirms_with_its_email_address_typed_out()
    {
        var id = await app.NewReaderAsync("outside-only@example.com");
        var platform = await app.SignedInClientAsync("localhost", "outside-only@example.com");
        // As an account made through another service's login is: no password (its session stays).
        await QueryAsync(db => db.Users.Where(a => a.Id == id).ExecuteUpdateAsync(set => set.SetProperty(a => a.PasswordHash, (string?)null)));

        var page = await platform.GetDocumentAsync(DeleteAccountModel.Path);
        Assert.Null(page.QuerySelector("input[name=Password]"));
        Assert.Contains("Type your email address, outside-only@example.com, to confirm", page.Body!.TextContent);
        var mistyped = await DeleteAsync(platform, new() { ["EmailConfirmation"] = "outside@example.com", ["Comments"] = "Anonymise" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mistyped.StatusCode);
        Assert.Contains("type its email address, outside-only@example.com, exactly", await mistyped.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await DeleteAsync(platform, new() { ["EmailConfirmation"] = " Outside-Only@example.com ", ["Comments"] = "Anonymise" })).StatusCode);
        Assert.NotNull(await QueryAsync(db => db.Users.Where(a => a.Id == id).Select(a => a.DeleteAfter).SingleAsync()));
    }
}
