using Folio.Features.Sites;
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
        return new SqliteFolioDbContext(options.Options, new CurrentSite());
    }
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFolioDbContext>
{
    public PostgresFolioDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresFolioDbContext>();
        DataRegistration.ConfigurePostgres(options, "Host=localhost;Database=folio_design_time");
        return new PostgresFolioDbContext(options.Options, new CurrentSite());
    }
}
