namespace Folio.Features.Curation.Feeds;

public static class FeedParsingFeature
{
    /// <summary>Registers <see cref="FeedParser"/>; it needs the posts feature's sanitiser (<c>AddPostsFeature</c>).</summary>
    public static IServiceCollection AddFeedParsing(this IServiceCollection services) => services.AddSingleton<FeedParser>();
}
