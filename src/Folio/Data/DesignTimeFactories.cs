using Folio.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Folio.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFolioDbContext>
{
    public SqliteFolioDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteFolioDbContext>();
        DataRegistration.ConfigureSqlite(options, "Data Source=design-time.db");
        options.UseApplicationServiceProvider(DesignTimeServices.Identity);
        return new SqliteFolioDbContext(options.Options);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFolioDbContext>
{
    public PostgresFolioDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresFolioDbContext>();
        DataRegistration.ConfigurePostgres(options, "Host=localhost;Database=folio_design_time");
        options.UseApplicationServiceProvider(DesignTimeServices.Identity);
        return new PostgresFolioDbContext(options.Options);
    }
}

/// <summary>The identity options the model is built from, as the running app configures them.</summary>
internal static class DesignTimeServices
{
    public static readonly IServiceProvider Identity =
        new ServiceCollection().Configure<IdentityOptions>(options => IdentityFeature.UseStoreSchema(options.Stores)).BuildServiceProvider();
}
