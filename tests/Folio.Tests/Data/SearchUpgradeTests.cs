using Folio.Data;
using Folio.Features.Posts;
using Folio.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Folio.Tests.Data;

/// <summary>
/// Posts indexed before migration SearchInSiteLanguage are searched as new ones are once it has
/// run: with their words of every script whole, and on PostgreSQL in their site's language; and
/// the index follows edits after it (SQLite's triggers write to the index made again).
/// </summary>
public sealed class SearchUpgradeTests
{
    private const string Site = "upgraded";

    [Fact]
    public async Task Posts_indexed_before_the_upgrade_are_found_by_words_of_their_script_and_language()
    {
        using var app = new FolioApp();
        var author = await app.CreateSiteAsync(Site, "Заметки");
        await app.UpdateSiteAsync(Site, site => site.Language = "ru");
        await PublishAsync(app, author, "Итоги выборов", "О выборах в парламент писали все газеты.");
        await PublishAsync(app, author, "हिन्दी भाषा", "हिन्दी भाषा सुंदर है।");

        // The schema and the search index the build before wrote, then the upgrade.
        await MigrateAsync(app, "AddSiteLanguages");
        await MigrateAsync(app, target: null);

        Assert.Equal(["हिन्दी भाषा"], await SearchAsync(app, "हिन्दी"));
        Assert.Equal(["Итоги выборов"], await SearchAsync(app, "выборах"));
        if (TestDatabase.IsPostgres) Assert.Equal(["Итоги выборов"], await SearchAsync(app, "выборы"));

        var hindi = await app.QuerySiteAsync(Site, db => db.Posts.Where(p => p.Title == "हिन्दी भाषा").Select(p => p.Id).SingleAsync());
        await PublishAsync(app, author, "हिन्दी भाषा", "मुझे किताबें पढ़ना पसंद है।", hindi);
        Assert.Equal(["हिन्दी भाषा"], await SearchAsync(app, "किताबें"));
        Assert.Empty(await SearchAsync(app, "सुंदर"));
    }

    private static async Task<IReadOnlyList<string>> SearchAsync(FolioApp app, string words) =>
        (await app.ClientFor($"{Site}.localhost").GetDocumentAsync($"/?s={Uri.EscapeDataString(words)}")).PostTitles();

    private static Task PublishAsync(FolioApp app, long author, string title, string body, long? postId = null) => app.SavePostAsync(Site, new SavePost
    {
        PostId = postId,
        AuthorId = author,
        Title = title,
        Body = body,
        Status = PostStatus.Published,
        PublishedAt = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc),
    });

    /// <summary>
    /// Moves the running app's database to <paramref name="target"/>. The app's background work
    /// goes on meanwhile, so on PostgreSQL a migration's locks may meet a job's in a deadlock,
    /// which PostgreSQL settles by rolling the migration back: it is run again, as an operator would.
    /// </summary>
    private static async Task MigrateAsync(FolioApp app, string? target)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<FolioDbContext>().GetService<IMigrator>().MigrateAsync(target);
                return;
            }
            catch (Exception failed) when (attempt < 3 && IsDeadlock(failed))
            {
                // Rolled back whole; the next attempt starts from where the database is.
            }
        }
    }

    private static bool IsDeadlock(Exception? failure) =>
        failure is not null && (failure is Npgsql.PostgresException { SqlState: "40P01" } || IsDeadlock(failure.InnerException));
}
