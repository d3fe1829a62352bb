using Folio.Data;
using Folio.Features.Identity;
using Folio.Features.Identity.External;
using Folio.Tests.Infrastructure;
using Outcome = Folio.Features.Identity.External.ExternalIdentityLinks.Outcome;

namespace Folio.Tests.Identity;

/// <summary>Connecting outside identities to accounts: one account per identity, each account only its own.</summary>
public sealed class ExternalIdentityLinkTests(FolioApp app) : IClassFixture<FolioApp>
{
    [Fact]
    public async Task An_identity_joins_the_first_account_that_connects_it_and_no_other()
    {
        var first = await app.NewReaderAsync("first-linker@example.com");
        var second = await app.NewReaderAsync("second-linker@example.com");
        var identity = await NewIdentityAsync("shared-subject");

        Assert.Equal(Outcome.Linked, await LinkAsync(identity, first));
        Assert.Equal(Outcome.AlreadyYours, await LinkAsync(identity, first));
        Assert.Equal(Outcome.SomeoneElses, await LinkAsync(identity, second));
        Assert.Equal(first, await AccountOfAsync(identity));
    }

    [Fact]
    public async Task An_account_disconnects_only_its_own_identities()
    {
        var owner = await app.NewReaderAsync("owner-linker@example.com");
        var stranger = await app.NewReaderAsync("stranger-linker@example.com");
        var identity = await NewIdentityAsync("owned-subject");
        await LinkAsync(identity, owner);

        await WithLinksAsync(links => links.UnlinkAsync(identity, stranger, CancellationToken.None));
        Assert.Equal(owner, await AccountOfAsync(identity));

        await WithLinksAsync(links => links.UnlinkAsync(identity, owner, CancellationToken.None));
        Assert.Null(await AccountOfAsync(identity));
    }

    [Fact]
    public async Task Connecting_is_a_form_with_a_token_so_no_other_site_can_start_it_for_you()
    {
        await app.NewReaderAsync("forged-linker@example.com");
        var client = await app.SignedInClientAsync("localhost", "forged-linker@example.com");
        var forged = await client.PostAsync("/account/?handler=Connect&provider=TestId", new FormUrlEncodedContent([]));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private async Task<long> NewIdentityAsync(string subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FolioDbContext>();
        var identity = new ExternalIdentity { Provider = "TestId", Issuer = "https://id.example", Subject = subject, DisplayName = subject };
        db.ExternalIdentities.Add(identity);
        await db.SaveChangesAsync();
        return identity.Id;
    }

    private Task<Outcome> LinkAsync(long identity, long account) =>
        WithLinksAsync(links => links.LinkAsync(identity, account, CancellationToken.None));

    private async Task<T> WithLinksAsync<T>(Func<ExternalIdentityLinks, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ExternalIdentityLinks>());
    }

    private async Task<long?> AccountOfAsync(long identity)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<FolioDbContext>().ExternalIdentities.FindAsync(identity))!.AccountId;
    }
}
