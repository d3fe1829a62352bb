using Folio.Features.Curation;

namespace Folio.Tests.Curation;

public sealed class CurationRulesTests
{
    [Theory]
    [InlineData("https://www.Example.com/News/Story/", "example.com/News/Story")]
    [InlineData("http://example.com/news/story?utm_source=x&utm_medium=rss&id=7#comments", "example.com/news/story?id=7")]
    [InlineData("https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4", "example.com/a")]
    [InlineData("https://example.com:8443/a/", "example.com:8443/a")]
    [InlineData("https://example.com/", "example.com")]
    public void Urls_of_the_same_article_normalise_alike(string url, string normalised) =>
        Assert.Equal(normalised, OriginalUrls.Normalize(new Uri(url)));

    [Fact]
    public void A_lightly_edited_story_is_near_and_another_story_is_far()
    {
        var story = Stories.About("Harbourton");
        var edited = story.Replace("debate", "arguments").Replace("Tuesday", "TUESDAY").Replace(",", "");
        var other = "Scientists at the university observatory have found a comet that will pass close to the earth next winter. " +
            "The comet, which is about two kilometres wide, poses no danger, but will be bright enough to see without a telescope " +
            "from dark places in the northern hemisphere. Astronomers from several countries are planning to study its tail, " +
            "which may hold ice older than the planets, and amateur observers are invited to send their photographs.";

        var fingerprint = SimHash.Of(story)!.Value;
        Assert.True(SimHash.AreSameStory(fingerprint, SimHash.Of(edited)!.Value), $"distance {SimHash.Distance(fingerprint, SimHash.Of(edited)!.Value)}");
        Assert.True(SimHash.Distance(fingerprint, SimHash.Of(other)!.Value) > 10);
        Assert.Null(SimHash.Of("Too short to tell one story from another."));
    }

    [Theory]
    [InlineData("Read original article here.", "Gazette", null, "Read original article here", ".")]
    [InlineData("Read {author}'s story at {source}!", "Gazette", "Ada", "Read Ada's story at Gazette", "!")]
    [InlineData("More from {source}", null, null, "More from the original publication", "")]
    [InlineData("By {author}.", "Gazette", null, "By Gazette", ".")]
    public void Attribution_fills_the_site_template(string template, string? source, string? author, string linkText, string after) =>
        Assert.Equal((linkText, after), Attribution.Link(template, source, author));

    [Fact]
    public void Word_filters_match_whole_words_without_regard_to_case()
    {
        var source = new Source { IncludeWords = "Harbour\n\n  port  ", ExcludeWords = "art" };
        Assert.Null(ImportRules.WhyFiltered(source, "The HARBOUR reopens; a start for the season."));
        Assert.NotNull(ImportRules.WhyFiltered(source, "Airport news"));
        Assert.Contains("\"art\"", ImportRules.WhyFiltered(source, "Port art fair"));
    }
}
