using Folio.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Folio.Data;

public static class DataRegistration
{
    /// <summary>
    /// Registers <see cref="FolioDbContext"/> on the provider chosen by <c>Folio:Database</c>,
    /// with the matching full-text search.
    /// </summary>
    public static IServiceCollection AddFolioData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(FolioOptions.Section).Get<FolioOptions>() ?? new FolioOptions();
        var connectionString = configuration.GetConnectionString("Folio");

        if (options.Database == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException(
                    "Folio:Database is Postgres but ConnectionStrings:Folio is empty. Set it, for example ConnectionStrings__Folio=\"Host=127.0.0.1;Database=folio;Username=folio;Password=…\".");
            services.AddDbContext<FolioDbContext, PostgresFolioDbContext>(db => ConfigurePostgres(db, connectionString));
            services.AddScoped<ISearchIndex, PostgresSearchIndex>();
        }
        else
        {
            connectionString = SqliteConnectionString(connectionString, options);
            services.AddDbContext<FolioDbContext, SqliteFolioDbContext>(db => ConfigureSqlite(db, connectionString));
            services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        }
        return services;
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder db, string connectionString) =>
        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(FolioDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(SqliteDurabilityInterceptor.Instance);

    internal static void ConfigurePostgres(DbContextOptionsBuilder db, string connectionString) =>
        db.UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention();

    private static string SqliteConnectionString(string? configured, FolioOptions options)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        Directory.CreateDirectory(options.DataDirectoryFullPath);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.DataDirectoryFullPath, "folio.db"),
            // Seconds a writer waits for another writer (a server and a CLI command) before failing.
            DefaultTimeout = 30,
        }.ToString();
    }
}
