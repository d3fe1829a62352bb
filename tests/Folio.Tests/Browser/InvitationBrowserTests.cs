using System.Text.RegularExpressions;
using Folio.Data;
using Folio.Features.Sites;
using Folio.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Folio.Tests.Browser;

/// <summary>An invitation by mail, taken up in a real browser: the invitation is where the person ends up, whether they sign up or log in.</summary>
public sealed class InvitationBrowserTests(LiveFolioApp app, Chromium chromium) : IClassFixture<LiveFolioApp>, IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task A_newcomer_opens_the_link_signs_up_confirms_and_accepts()
    {
        var link = await InviteAsync("crew", "newcomer@crew.example");
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();

        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByText("You are invited to join crew as author.")).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync());

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync("newcomer@crew.example");
        await page.GetByLabel("Password").FillAsync("joining the crew today");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        await page.GotoAsync((await app.LinkInMailAsync("newcomer@crew.example", "Confirm your email")).ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"^http://crew\.localhost:\d+/admin/$"));
        Assert.Equal(SiteRole.Author, await RoleOfAsync("crew", "newcomer@crew.example"));
    }

    [SkippableFact]
    public async Task Someone_with_an_account_opens_the_link_logs_in_and_accepts()
    {
        await app.NewReaderAsync("regular@band.example");
        var link = await InviteAsync("band", "regular@band.example");
        var page = await (await chromium.Browser.NewContextAsync()).NewPageAsync();

        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Log In" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("regular@band.example");
        await page.GetByLabel("Password").FillAsync(FolioApp.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log In" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"^http://band\.localhost:\d+/admin/$"));
        Assert.Equal(SiteRole.Author, await RoleOfAsync("band", "regular@band.example"));
    }

    /// <summary>A new site whose owner invites the address as an author; gives the link in the invitation mail.</summary>
    private async Task<string> InviteAsync(string slug, string email)
    {
        var owner = await app.CreateSiteAsync(slug, slug);
        var problem = await app.ForSiteAsync(slug, services => services.GetRequiredService<InviteMemberHandler>()
            .HandleAsync(new InviteMember(email, new InvitationGrant.AsMember(SiteRole.Author), owner), path => app.UrlOf($"{slug}.localhost", path)));
        Assert.Null(problem);
        return (await app.LinkInMailAsync(email, "You are invited to")).ToString();
    }

    private Task<SiteRole?> RoleOfAsync(string slug, string email) => app.ForSiteAsync(slug, services =>
        services.GetRequiredService<FolioDbContext>().SiteMembers.Where(m => m.Account.Email == email).Select(m => (SiteRole?)m.Role).FirstOrDefaultAsync());
}
