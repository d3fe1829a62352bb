using Folio.Features.Notifications;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Data;

/// <summary>
/// Notifications kept as English sentences before they were kept as who did what (migration
/// NotificationsSayWhoAndWhat) are split into the two, so the dashboard can say them in any language.
/// </summary>
public sealed class NotificationUpgradeTests
{
    [Fact]
    public async Task Sentences_kept_by_earlier_builds_become_who_and_what()
    {
        using var app = FolioApp.OnEmptyDatabase();
        await PreSquashDatabase.CreateAsync(app.Database);
        var account = await PreSquashDatabase.AddBlogAsync(app.Database);
        await PreSquashDatabase.AddNotificationAsync(app.Database, account, "Like", "Ада likes “Выборы: кто «за», кто против”");
        await PreSquashDatabase.AddNotificationAsync(app.Database, account, "Follow", "Mr. Follows follows Olden Days");
        await PreSquashDatabase.AddNotificationAsync(app.Database, account, "Comment", "Hayk commented on “Quote “this” ”");

        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.ClientFor($"{PreSquashDatabase.SiteSlug}.localhost").GetAsync("/")).StatusCode);

        var kept = await app.QuerySiteAsync(PreSquashDatabase.SiteSlug, db => db.Notifications.OrderBy(n => n.Id)
            .Select(n => new { n.Kind, n.Actor, n.Subject }).ToListAsync());
        Assert.Equal([
            new { Kind = NotificationKind.Like, Actor = "Ада", Subject = "Выборы: кто «за», кто против" },
            new { Kind = NotificationKind.Follow, Actor = "Mr. Follows", Subject = "Olden Days" },
            new { Kind = NotificationKind.Comment, Actor = "Hayk", Subject = "Quote “this” " },
        ], kept);
    }
}
