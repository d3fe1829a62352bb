using System.Data.Common;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Data;

/// <summary>
/// A database as a development build from before the migrations were squashed left it: the SQL
/// of those builds' migrations (PreSquash.*.generated.sql) run on an empty test database, all of
/// it or up to one migration, with a blog written into it as those builds wrote one.
/// </summary>
public static class PreSquashDatabase
{
    public const string LastMigration = "PagesAndPostsShareSlugs";
    public const string SiteSlug = "olden";
    public const string PostTitle = "Lanterns of the old harbour";
    public const string FrozenExcerpt = "Lamps along the quay.";
    public const string PostWords = "Lamps along the quay, lit at dusk.";

    /// <summary>Runs the pre-squash migrations on the test database, up to and including <paramref name="upTo"/>.</summary>
    public static async Task CreateAsync(TestDatabase database, string upTo = LastMigration)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        // Write-ahead logging, as in every SQLite database that Folio made.
        command.CommandText = ScriptUpTo(upTo) + (TestDatabase.IsPostgres ? "" : "PRAGMA journal_mode=WAL;");
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Writes an account, a site it administers and one published post; returns the account's id.</summary>
    public static async Task<long> AddBlogAsync(TestDatabase database)
    {
        var at = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        await using var connection = await database.OpenConnectionAsync();
        var account = await InsertAsync(connection, """
            INSERT INTO accounts (display_name, created_at, user_name, normalized_user_name, email, normalized_email,
                email_confirmed, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled,
                lockout_enabled, access_failed_count)
            VALUES ('Olga Olden', @at, 'olga@example.com', 'OLGA@EXAMPLE.COM', 'olga@example.com', 'OLGA@EXAMPLE.COM',
                TRUE, 'stamp', 'concurrency', FALSE, FALSE, TRUE, 0)
            RETURNING id
            """, at);
        var site = await InsertAsync(connection, $"""
            INSERT INTO sites (slug, title, tagline, posts_per_page, created_at, theme, accent_color,
                comment_moderation, comment_thread_depth, comment_link_limit)
            VALUES ('{SiteSlug}', 'Olden Days', '', 10, @at, 'classic', '#a0361c', 'HoldFirstTime', 5, 2)
            RETURNING id
            """, at);
        await InsertAsync(connection, $"""
            INSERT INTO site_members (site_id, account_id, role, created_at)
            VALUES ({site}, {account}, 'Administrator', @at)
            RETURNING site_id
            """, at);
        // Edited once: those builds kept the summary of the first words (FrozenExcerpt) as if written by hand.
        var post = await InsertAsync(connection, $"""
            INSERT INTO posts (site_id, author_id, title, slug, body, body_format, body_html, excerpt, status, kind,
                published_at, announced_at, created_at, updated_at, comments_open, canonical_to_original)
            VALUES ({site}, {account}, '{PostTitle}', 'lanterns-of-the-old-harbour', '{PostWords}', 'Markdown',
                '<p>{PostWords}</p>', '{FrozenExcerpt}', 'Published', 'Post', @at, @at, @at, @at, TRUE, FALSE)
            RETURNING id
            """, at);
        await InsertAsync(connection, $"""
            INSERT INTO post_revisions (site_id, post_id, author_id, title, body, body_format, excerpt, is_autosave, created_at)
            VALUES ({site}, {post}, {account}, '{PostTitle}', '{FrozenExcerpt}', 'Markdown', '{FrozenExcerpt}', FALSE, @at)
            RETURNING id
            """, at);
        return account;
    }

    /// <summary>Writes a notification of the blog's site to the account, as a sentence, as those builds kept them.</summary>
    public static async Task AddNotificationAsync(TestDatabase database, long accountId, string kind, string sentence)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO notifications (site_id, account_id, kind, text, url, created_at)
            SELECT id, {accountId}, '{kind}', @sentence, '/', @at FROM sites WHERE slug = '{SiteSlug}'
            """;
        foreach (var (name, value) in new (string, object)[] { ("sentence", sentence), ("at", new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc)) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>The ids in the database's migration history, oldest first.</summary>
    public static Task<List<string>> HistoryAsync(TestDatabase database) =>
        ReadAsync(database, """SELECT migration_id FROM "__EFMigrationsHistory" ORDER BY migration_id""");

    /// <summary>The names of the tables, indexes and other objects the database holds.</summary>
    public static Task<List<string>> SchemaObjectsAsync(TestDatabase database) => ReadAsync(database, TestDatabase.IsPostgres
        ? "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY 1"
        : "SELECT name FROM sqlite_master ORDER BY name");

    public static Task<List<string>> PostTitlesAsync(TestDatabase database) =>
        ReadAsync(database, "SELECT title FROM posts ORDER BY id");

    public static Task<List<string>> PostExcerptsAsync(TestDatabase database) =>
        ReadAsync(database, "SELECT excerpt FROM posts ORDER BY id");

    private static string ScriptUpTo(string migration)
    {
        var provider = TestDatabase.IsPostgres ? "Postgres" : "Sqlite";
        var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", $"PreSquash.{provider}.generated.sql"));
        var recorded = script.IndexOf($"_{migration}', '", StringComparison.Ordinal);
        Assert.True(recorded >= 0, $"The pre-squash migrations hold no {migration}.");
        var cut = script[..(script.IndexOf('\n', recorded) + 1)];
        // Each migration runs in a transaction of its own, committed after its history row: close
        // the one the cut leaves open.
        var opened = cut.LastIndexOf(TestDatabase.IsPostgres ? "START TRANSACTION;" : "BEGIN TRANSACTION;", StringComparison.Ordinal);
        return opened > cut.LastIndexOf("COMMIT;", StringComparison.Ordinal) ? cut + "COMMIT;\n" : cut;
    }

    /// <summary>Runs an INSERT … RETURNING with the time <c>@at</c>; returns the value it returns.</summary>
    private static async Task<long> InsertAsync(DbConnection connection, string sql, DateTime at)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "at";
        parameter.Value = at;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<List<string>> ReadAsync(TestDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

}
