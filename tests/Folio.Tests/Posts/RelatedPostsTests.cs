using Folio.Features.Posts;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Posts;

/// <summary>
/// "Related" under a post, as Jetpack shows it on WordPress.com: up to three of the site's other
/// public posts sharing its tags and categories, the most shared first, then the newest.
/// </summary>
public sealed class RelatedPostsTests(FolioApp app) : IClassFixture<FolioApp>
{
    private static readonly DateTime Day = new(2025, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    private static SavePost Post(long author, string title, int day, string[]? categories = null, string[]? tags = null) => new()
    {
        AuthorId = author, Title = title, Body = "Words.", Status = PostStatus.Published, PublishedAt = Day.AddDays(day),
        Categories = categories ?? [], Tags = tags ?? [],
    };

    /// <summary>The titles the "Related" list links to, in order; empty when the page has no such list.</summary>
    private async Task<IReadOnlyList<string>> RelatedAsync(string site, string path)
    {
        var page = await app.ClientFor($"{site}.localhost").GetDocumentAsync(path);
        var section = page.QuerySelector("section[aria-labelledby=related-heading]");
        if (section is null) return [];
        Assert.Equal("Related", section.QuerySelector("h2")!.TextContent.Trim());
        return section.QuerySelectorAll("li a").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task The_posts_sharing_most_tags_and_categories_come_first_then_the_newest_and_never_the_post_itself()
    {
        var author = await app.CreateSiteAsync("related-order", "Related order");
        var path = await app.SavePostAsync("related-order", Post(author, "Night train to Gyumri", 0, ["Travel"], ["Armenia", "Trains"]));
        await app.SavePostAsync("related-order", Post(author, "Both tags", -5, ["Food"], ["Armenia", "Trains"]));
        await app.SavePostAsync("related-order", Post(author, "One tag", -4, [], ["Trains"]));
        await app.SavePostAsync("related-order", Post(author, "Category, newer", -2, ["Travel"]));
        await app.SavePostAsync("related-order", Post(author, "Category, older", -3, ["Travel"]));
        await app.SavePostAsync("related-order", Post(author, "Nothing in common", -1, ["Food"], ["Soup"]));

        Assert.Equal(["Both tags", "One tag", "Category, newer"], await RelatedAsync("related-order", path));
    }

    [Fact]
    public async Task Drafts_protected_future_and_unrelated_posts_and_another_sites_posts_are_never_related()
    {
        var author = await app.CreateSiteAsync("related-public", "Related public");
        var other = await app.CreateSiteAsync("related-other", "Another site");
        var path = await app.SavePostAsync("related-public", Post(author, "Harbour days", 0, ["Sea"], ["Harbour"]));
        await app.SavePostAsync("related-public", Post(author, "Harbour <em>lights</em>", -9, [], ["Harbour"]));
        await app.SavePostAsync("related-public", Post(author, "A draft about the harbour", -1, ["Sea"], ["Harbour"]) with { Status = PostStatus.Draft });
        await app.SavePostAsync("related-public", Post(author, "Harbour minutes", -1, ["Sea"], ["Harbour"]) with { Password = "tide-and-time" });
        await app.SavePostAsync("related-public", Post(author, "Harbour next year", 0, ["Sea"], ["Harbour"]) with
        {
            Status = PostStatus.Scheduled, PublishedAt = DateTime.UtcNow.AddDays(30),
        });
        await app.SavePostAsync("related-public", Post(author, "Mountain days", -1, ["Hills"], ["Peaks"]));
        await app.SavePostAsync("related-other", Post(other, "Another site's harbour", -1, ["Sea"], ["Harbour"]));

        Assert.Equal(["Harbour lights"], await RelatedAsync("related-public", path));
        var link = (await app.ClientFor("related-public.localhost").GetDocumentAsync(path)).QuerySelector("section[aria-labelledby=related-heading] li a")!;
        Assert.Equal("Harbour <em>lights</em>", link.InnerHtml.Trim()); // the title's markup, as listings show it
        Assert.Equal("2025-03-01T12:00:00Z", link.ParentElement!.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task A_post_with_nothing_in_common_has_no_related_list()
    {
        var author = await app.CreateSiteAsync("related-none", "Related none");
        var path = await app.SavePostAsync("related-none", Post(author, "Alone", 0, ["Solitude"]));
        await app.SavePostAsync("related-none", Post(author, "Elsewhere", -1, ["Crowds"]));

        Assert.Empty(await RelatedAsync("related-none", path));
    }

    [Fact]
    public async Task A_related_post_published_after_the_page_was_cached_is_on_the_next_page()
    {
        var author = await app.CreateSiteAsync("related-fresh", "Related fresh");
        var path = await app.SavePostAsync("related-fresh", Post(author, "Spring market", 0, [], ["Market"]));
        Assert.Empty(await RelatedAsync("related-fresh", path));
        Assert.Empty(await RelatedAsync("related-fresh", path)); // now served from the caches

        await app.SavePostAsync("related-fresh", Post(author, "Autumn market", -30, [], ["Market"]));

        Assert.Equal(["Autumn market"], await RelatedAsync("related-fresh", path));
    }
}
