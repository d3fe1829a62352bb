using Folio.Tests.Infrastructure;

namespace Folio.Tests.Data;

/// <summary>
/// A custom domain set before domains had to be verified (migration CustomDomainVerification)
/// keeps showing its site after the upgrade: its owner was never asked for a token.
/// </summary>
public sealed class CustomDomainUpgradeTests
{
    [Fact]
    public async Task A_domain_set_before_verification_existed_still_shows_its_site()
    {
        using var app = FolioApp.OnEmptyDatabase();
        await PreSquashDatabase.CreateAsync(app.Database);
        await PreSquashDatabase.AddBlogAsync(app.Database);
        await using (var connection = await app.Database.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"UPDATE sites SET custom_domain = 'olden.example' WHERE slug = '{PreSquashDatabase.SiteSlug}'";
            await command.ExecuteNonQueryAsync();
        }

        var home = await app.ClientFor("olden.example").GetDocumentAsync("/");

        Assert.Equal([PreSquashDatabase.PostTitle], home.PostTitles());
        var sitemap = await app.ClientFor($"{PreSquashDatabase.SiteSlug}.localhost").GetStringAsync("/sitemap.xml");
        Assert.Contains("http://olden.example/", sitemap);
    }
}
