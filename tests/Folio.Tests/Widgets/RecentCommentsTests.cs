using Folio.Features.Comments;
using Folio.Features.Posts;
using Folio.Features.Sites;
using Folio.Tests.Comments;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Widgets;

/// <summary>The recent comments widget on pages other than the commented post's: every comment published on the site shows there at once.</summary>
public sealed class RecentCommentsTests(CommentSite site) : IClassFixture<CommentSite>
{
    [Fact]
    public async Task A_guests_comment_published_at_once_shows_in_the_sidebar_of_the_cached_home_page_and_of_another_post()
    {
        await site.UpdateSiteAsync("talk", s => (s.CommentModeration, s.Theme) = (CommentModeration.PublishDirectly, "magazine"));
        var other = await site.SavePostAsync("talk", new SavePost { AuthorId = site.OwnerId, Title = "Quiet corner", Body = "Nothing to see.", Status = PostStatus.Published });
        var reader = site.Reader();
        foreach (var path in new[] { "/", other }) await reader.GetAsync(path); // both in the output cache now

        var response = await site.CommentAsGuestAsync(reader, "First to the sidebar.", "Ines", "ines@example.com");
        var id = CommentSite.CommentIdIn(response);

        foreach (var path in new[] { "/", other })
        {
            var page = await reader.GetDocumentAsync(path);
            Assert.Contains("Ines on Open for discussion", page.WidgetEntries("recentcomments"));
            Assert.Contains(page.QuerySelectorAll(".widget-recentcomments a"), a => a.GetAttribute("href") == $"{site.PostPath}#comment-{id}");
        }
    }
}
