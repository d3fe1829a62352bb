using System.Net;
using Folio.Data;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Admin;

public sealed class PeopleTests(PeopleTests.TeamSite site) : IClassFixture<PeopleTests.TeamSite>
{
    public sealed class TeamSite : FolioApp, IAsyncLifetime
    {
        public const string Host = "team.localhost";

        public async Task InitializeAsync()
        {
            await CreateSiteAsync("team", "Team");
            await AddMemberAsync("team", "boss@team.example", SiteRole.Administrator);
            await AddMemberAsync("team", "editor@team.example", SiteRole.Editor);
            await CreateSiteAsync("rival", "Rival");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private Task<SiteRole?> RoleOfAsync(string slug, string email) => site.ForSiteAsync(slug, services =>
        services.GetRequiredService<FolioDbContext>().SiteMembers.Where(m => m.Account.Email == email).Select(m => (SiteRole?)m.Role).FirstOrDefaultAsync());

    [Fact]
    public async Task An_invited_person_accepts_with_their_own_account_and_gets_the_role_on_this_site_only()
    {
        var boss = await site.SignedInClientAsync(TeamSite.Host, "boss@team.example");
        var sent = await boss.PostFormAsync("/admin/people/?handler=Invite", new() { ["email"] = "newbie@team.example", ["role"] = "Author" }, pagePath: "/admin/people/");
        Assert.Contains("Invitation sent to newbie@team.example.", await sent.Content.ReadAsStringAsync());

        await site.AddMemberAsync("rival", "newbie@team.example", SiteRole.Contributor); // has an account (on another site)
        var link = await site.LinkInMailAsync("newbie@team.example", "You are invited to");
        Assert.Equal(TeamSite.Host, link.Host);
        var newbie = await site.SignedInClientAsync(TeamSite.Host, "newbie@team.example");
        var accepted = await newbie.PostFormAsync(link.PathAndQuery, new() { ["token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]! });

        Assert.Equal("/admin/", accepted.Headers.Location!.OriginalString);
        Assert.Equal(SiteRole.Author, await RoleOfAsync("team", "newbie@team.example"));
        Assert.Equal(SiteRole.Contributor, await RoleOfAsync("rival", "newbie@team.example"));

        var again = await newbie.GetDocumentAsync(link.PathAndQuery);
        Assert.Contains("already been accepted", again.QuerySelector(".form-errors")!.TextContent);
    }

    [Fact]
    public async Task An_invitation_for_another_email_cannot_be_accepted()
    {
        var boss = await site.SignedInClientAsync(TeamSite.Host, "boss@team.example");
        await boss.PostFormAsync("/admin/people/?handler=Invite", new() { ["email"] = "intended@team.example", ["role"] = "Editor" }, pagePath: "/admin/people/");
        var link = await site.LinkInMailAsync("intended@team.example", "You are invited to");

        await site.AddMemberAsync("rival", "interloper@rival.example", SiteRole.Administrator);
        var interloper = await site.SignedInClientAsync(TeamSite.Host, "interloper@rival.example");
        var shown = await interloper.GetDocumentAsync(link.PathAndQuery);
        Assert.Contains("This invitation is for intended@team.example", shown.QuerySelector(".form-errors")!.TextContent);
        Assert.DoesNotContain(shown.QuerySelectorAll("button"), button => button.TextContent.Trim() == "Accept invitation");

        var forged = await interloper.PostFormAsync(link.PathAndQuery, new() { ["token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]! }, pagePath: "/login/");
        Assert.Contains("This invitation is for intended@team.example", await forged.Content.ReadAsStringAsync());
        Assert.Null(await RoleOfAsync("team", "interloper@rival.example"));
    }

    [Fact]
    public async Task Only_administrators_manage_people()
    {
        var editor = await site.SignedInClientAsync(TeamSite.Host, "editor@team.example");
        var response = await editor.GetAsync("/admin/people/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login/", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_removed_or_demoted()
    {
        await site.CreateSiteAsync("solo", "Solo");
        var owner = await site.SignedInClientAsync("solo.localhost", "owner-of-solo@example.com");
        var ownerId = await site.QuerySiteAsync("solo", db => db.SiteMembers.Select(m => m.AccountId).SingleAsync());

        var demote = await owner.PostFormAsync("/admin/people/?handler=Role", new() { ["accountId"] = ownerId.ToString(), ["role"] = "Author" }, pagePath: "/admin/people/");
        var remove = await owner.PostFormAsync("/admin/people/?handler=Remove", new() { ["accountId"] = ownerId.ToString() }, pagePath: "/admin/people/");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, demote.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, remove.StatusCode);
        Assert.Contains("A site needs at least one administrator", await remove.Content.ReadAsStringAsync());
        Assert.Equal(SiteRole.Administrator, await RoleOfAsync("solo", "owner-of-solo@example.com"));
    }
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Admin")]
    [InlineData("administrator")]
    [InlineData("0")]
    [InlineData("7")]
    public async Task A_missing_or_misspelt_role_invites_nobody(string? role)
    {
        var boss = await site.SignedInClientAsync(TeamSite.Host, "boss@team.example");
        var fields = new Dictionary<string, string> { ["email"] = $"role-{role?.Length ?? -1}-{role}@team.example" };
        if (role is not null) fields["role"] = role;

        var sent = await boss.PostFormAsync("/admin/people/?handler=Invite", fields, pagePath: "/admin/people/");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.StatusCode);
        Assert.Contains("Choose one of the roles: Administrator, Editor, Author, Contributor, Viewer.", (await Html.ParseAsync(sent)).QuerySelector(".form-errors")!.TextContent);
        Assert.Empty(site.MessagesTo(fields["email"]));
        Assert.False(await site.QuerySiteAsync("team", db => db.SiteInvitations.AnyAsync(i => i.Email == fields["email"])));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Admin")]
    [InlineData("0")]
    public async Task A_missing_or_misspelt_role_changes_nobody_s_role(string? role)
    {
        var email = $"contributor-{role ?? "none"}@team.example";
        var contributorId = await site.AddMemberAsync("team", email, SiteRole.Contributor);
        var boss = await site.SignedInClientAsync(TeamSite.Host, "boss@team.example");
        var fields = new Dictionary<string, string> { ["accountId"] = contributorId.ToString() };
        if (role is not null) fields["role"] = role;

        var changed = await boss.PostFormAsync("/admin/people/?handler=Role", fields, pagePath: "/admin/people/");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Contains("Choose one of the roles", await changed.Content.ReadAsStringAsync());
        Assert.Equal(SiteRole.Contributor, await RoleOfAsync("team", email));
    }
}
