using System.Net;
using Folio.Tests.Infrastructure;

namespace Folio.Tests.Likes;

/// <summary>docs/architecture.md, principle 3: the post page stays cached for everyone; a like evicts it; no one's "Liked" is in it.</summary>
public sealed class LikeCacheTests(LikeSite site) : IClassFixture<LikeSite>
{
    [Fact]
    public async Task A_signed_in_reader_viewing_and_liking_leaves_one_cached_page_for_everyone_that_shows_the_like_next()
    {
        var (postId, path) = await site.NewPostAsync("Cached for all");
        await site.NewReaderAsync("regular@cache.example", "Regular");
        var anonymous = site.Reader();
        await anonymous.GetAsync(path);
        Assert.NotNull((await anonymous.GetAsync(path)).Headers.Age); // served from the output cache

        var reader = await site.SignedInClientAsync(LikeSite.Host, "regular@cache.example");
        var own = await reader.GetAsync(path);
        Assert.NotNull(own.Headers.Age); // a signed-in reader gets the page everyone shares…
        var parts = await reader.GetPersonalPartsAsync(await Html.ParseAsync(own));
        Assert.NotNull(parts.Part("like")!.QuerySelector("input[name=__RequestVerificationToken]")); // …and their own Like button apart
        var stillCached = await anonymous.GetAsync(path);
        Assert.NotNull(stillCached.Headers.Age); // a signed-in view neither evicted nor replaced it

        await reader.PostFormAsync($"/likes/{postId}/", new() { ["liked"] = "true" }, pagePath: path);

        var fresh = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Null(fresh.Headers.Age); // the like evicted the post's page
        Assert.False(fresh.Headers.Contains("Set-Cookie"));
        var shared = await Html.ParseAsync(fresh);
        Assert.Equal("One blogger likes this.", shared.QuerySelector("#likes .likes-summary")!.TextContent.Trim());
        Assert.Equal("Like", shared.QuerySelector("#likes button")!.TextContent.Trim());
        Assert.Equal("false", shared.QuerySelector("#likes button")!.GetAttribute("aria-pressed"));
        Assert.Null(shared.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotNull((await anonymous.GetAsync(path)).Headers.Age); // and is cached again
        Assert.Equal("Liked", (await reader.GetPersonalPartsAsync(path)).Part("like")!.QuerySelector("button")!.TextContent.Trim());
    }
}
