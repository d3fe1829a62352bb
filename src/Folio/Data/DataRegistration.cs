using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Folio.Data;

public static class DataRegistration
{
    /// <summary>
    /// Registers <see cref="FolioDbContext"/> and its full-text search on the provider that
    /// <c>Folio:Database</c> names. The choice is made when the services are first resolved, not
    /// here, so configuration added after start-up code runs (tests, hosting) still counts.
    /// </summary>
    public static IServiceCollection AddFolioData(this IServiceCollection services)
    {
        // Pooled: setting up a context's internal services cost about a tenth of a comment POST's
        // CPU, for each of the request's and the group commit's contexts. A lease acts for its
        // scope's site (the site filter), and the scope's end returns it to the pool.
        services.AddPooledDbContextFactory<SqliteFolioDbContext>((provider, db) => ConfigureSqlite(db, SqliteConnectionString(provider)));
        services.AddPooledDbContextFactory<PostgresFolioDbContext>((provider, db) => ConfigurePostgres(db, PostgresConnectionString(provider)));
        services.AddScoped<FolioDbContext>(provider =>
        {
            FolioDbContext db = UsesPostgres(provider)
                ? provider.GetRequiredService<IDbContextFactory<PostgresFolioDbContext>>().CreateDbContext()
                : provider.GetRequiredService<IDbContextFactory<SqliteFolioDbContext>>().CreateDbContext();
            db.ActFor(provider.GetRequiredService<CurrentSite>());
            return db;
        });
        services.AddScoped<ISearchIndex>(provider => UsesPostgres(provider)
            ? new PostgresSearchIndex(provider.GetRequiredService<FolioDbContext>())
            : new SqliteSearchIndex(provider.GetRequiredService<FolioDbContext>()));
        return services;
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder db, string connectionString) =>
        db.UseSqlite(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(SqliteDurabilityInterceptor.Instance);

    internal static void ConfigurePostgres(DbContextOptionsBuilder db, string connectionString) =>
        db.UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention();

    private static bool UsesPostgres(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<FolioOptions>>().Value.Database == DatabaseProvider.Postgres;

    private static string PostgresConnectionString(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IConfiguration>().GetConnectionString("Folio");
        return string.IsNullOrWhiteSpace(configured)
            ? throw new InvalidOperationException(
                "Folio:Database is Postgres but ConnectionStrings:Folio is empty. Set it, for example ConnectionStrings__Folio=\"Host=127.0.0.1;Database=folio;Username=folio;Password=…\".")
            : configured;
    }

    private static string SqliteConnectionString(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IConfiguration>().GetConnectionString("Folio");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var dataDirectory = PrivateFiles.CreateFolder(provider.GetRequiredService<IOptions<FolioOptions>>().Value.DataDirectoryFullPath);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "folio.db"),
            // Seconds a writer waits for another writer (a server and a CLI command) before failing.
            DefaultTimeout = 30,
        }.ToString();
    }
}
