using Folio.Data;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;

namespace Folio.Tests.Data;

public sealed class MigrationTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_cover_the_whole_model(string provider)
    {
        using var db = DesignTimeContext(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration holds: run scripts/add-migration.sh <Name>.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_site_owned_index_and_key_leads_with_site_id(string provider)
    {
        using var db = DesignTimeContext(provider);

        foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(ISiteOwned).IsAssignableFrom(e.ClrType)))
        {
            foreach (var index in entity.GetIndexes().Where(i => i.IsUnique))
                Assert.True(index.Properties[0].Name == nameof(ISiteOwned.SiteId), $"{entity.ClrType.Name}: unique index on {string.Join(", ", index.Properties.Select(p => p.Name))} does not lead with SiteId.");
            var key = entity.FindPrimaryKey()!;
            Assert.True(key.Properties.Count == 1 || key.Properties[0].Name == nameof(ISiteOwned.SiteId), $"{entity.ClrType.Name}: composite key does not lead with SiteId.");
        }
    }

    /// <summary>The ids of this build's migrations for the provider the tests run on, oldest first.</summary>
    internal static List<string> MigrationsOfTheTestDatabase()
    {
        using var db = DesignTimeContext(TestDatabase.IsPostgres ? "Postgres" : "Sqlite");
        return db.Database.GetMigrations().ToList();
    }

    private static FolioDbContext DesignTimeContext(string provider) => provider == "Postgres"
        ? ((IDesignTimeDbContextFactory<PostgresFolioDbContext>)new PostgresDesignTimeFactory()).CreateDbContext([])
        : ((IDesignTimeDbContextFactory<SqliteFolioDbContext>)new SqliteDesignTimeFactory()).CreateDbContext([]);
}
