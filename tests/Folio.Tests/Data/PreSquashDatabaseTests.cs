using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Data;

/// <summary>
/// A data directory from a development build made before the migrations were squashed into one
/// (docs/migrations.md): one from the last such build is upgraded in place with its content, an
/// older one is refused with a message that says what to do, and left as it was.
/// </summary>
public sealed class PreSquashDatabaseTests
{
    private const string EarlierMigration = "PostTrash";

    [Fact]
    public async Task The_server_upgrades_a_database_of_the_last_development_build_and_keeps_its_content()
    {
        using var app = FolioApp.OnEmptyDatabase();
        await PreSquashDatabase.CreateAsync(app.Database);
        var author = await PreSquashDatabase.AddBlogAsync(app.Database);
        var client = app.ClientFor($"{PreSquashDatabase.SiteSlug}.localhost");

        var home = await client.GetDocumentAsync("/");
        Assert.Equal([PreSquashDatabase.PostTitle], home.PostTitles());
        Assert.Equal(MigrationTests.MigrationsOfTheTestDatabase(), await PreSquashDatabase.HistoryAsync(app.Database));
        // The summary those builds froze at the first words is made again from the words now.
        Assert.Equal(PreSquashDatabase.PostWords, (await PreSquashDatabase.PostExcerptsAsync(app.Database))[0]);

        // The search index still holds the old post and takes new ones.
        await app.SavePostAsync(PreSquashDatabase.SiteSlug, new SavePost
        {
            AuthorId = author, Title = "Harbour lights after the upgrade", Body = "Written by this build.", Status = PostStatus.Published,
        });
        var found = await client.GetDocumentAsync("/?s=harbour");
        Assert.Equal(["Harbour lights after the upgrade", PreSquashDatabase.PostTitle], found.PostTitles().Order());
    }

    [Fact]
    public async Task An_admin_command_upgrades_a_database_of_the_last_development_build()
    {
        using var database = new TestDatabase();
        await PreSquashDatabase.CreateAsync(database);
        await PreSquashDatabase.AddBlogAsync(database);

        var list = await FolioProcess.RunCommandAsync(database, [], "site", "list");

        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains(list.Output.Split('\n'), line => line.StartsWith($"{PreSquashDatabase.SiteSlug} ") && line.Contains("Olden Days"));
        Assert.Equal(MigrationTests.MigrationsOfTheTestDatabase(), await PreSquashDatabase.HistoryAsync(database));
    }

    [Fact]
    public async Task A_database_of_an_earlier_development_build_is_refused_by_the_server_and_the_commands_and_left_as_it_was()
    {
        using var database = new TestDatabase();
        await PreSquashDatabase.CreateAsync(database, upTo: EarlierMigration);
        await PreSquashDatabase.AddBlogAsync(database);
        var history = await PreSquashDatabase.HistoryAsync(database);
        var schema = await PreSquashDatabase.SchemaObjectsAsync(database);

        var server = await FolioProcess.RunCommandAsync(database, [], "--urls", "http://127.0.0.1:0");
        var command = await FolioProcess.RunCommandAsync(database, [], "site", "list");

        foreach (var refused in new[] { server, command })
        {
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("This database was made by a development build of Folio from before 2026-12-06", refused.Error);
            Assert.Contains($"the last is {history[^1]}", refused.Error);
            Assert.Contains("export wxr SITE FILE", refused.Error);
        }
        Assert.Equal(history, await PreSquashDatabase.HistoryAsync(database));
        Assert.Equal(schema, await PreSquashDatabase.SchemaObjectsAsync(database));
        Assert.Equal([PreSquashDatabase.PostTitle], await PreSquashDatabase.PostTitlesAsync(database));
        Assert.Equal([PreSquashDatabase.FrozenExcerpt], await PreSquashDatabase.PostExcerptsAsync(database));
    }
}
