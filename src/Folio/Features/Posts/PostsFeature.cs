using Folio.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Folio.Features.Posts;

public static class PostsFeature
{
    private const string Listing = "/Posts/Listing";

    public static IServiceCollection AddPostsFeature(this IServiceCollection services)
    {
        services.AddScoped<PostQueries>();
        services.AddScoped<PostPageReadModel>();
        services.AddScoped<RelatedPosts>();
        services.AddScoped<SavePostHandler>();
        services.AddScoped<PostOldPathRedirects>();
        services.AddScoped<DeletePostHandler>();
        services.AddScoped<TrashPostHandler>();
        services.AddSingleton<TrashEmptier>();
        services.AddHostedService(provider => provider.GetRequiredService<TrashEmptier>());
        services.AddScoped<PostPasswordCookie>();
        // A reader who opened a protected post sees its words, which nobody else may be served.
        services.AddPersonalCookie(PostPasswordCookie.Name);
        services.AddScoped<PostPasswordGate>();
        services.AddSingleton<ScheduledPostPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledPostPublisher>());
        services.AddSingleton<ExcerptRepair>();
        // After AddRazorPages: its own options setup replaces the conventions collection.
        services.AddRazorPages().AddRazorPagesOptions(options => AddListingRoutes(options.Conventions));
        return services;
    }

    /// <summary>The archives of WordPress's permalink scheme, each with its <c>page/{n}/</c>.</summary>
    private static void AddListingRoutes(PageConventionCollection pages)
    {
        string[] archives =
        [
            "",
            "category/{category}/",
            "tag/{tag}/",
            "author/{author}/",
            "{year:int:range(1,9999)}/",
            "{year:int:range(1,9999)}/{month:int:range(1,12)}/",
            "{year:int:range(1,9999)}/{month:int:range(1,12)}/{day:int:range(1,31)}/",
        ];
        foreach (var archive in archives)
        {
            if (archive.Length > 0) pages.AddPageRoute(Listing, archive);
            pages.AddPageRoute(Listing, archive + "page/{paged:int:min(1)}/");
        }
    }
}
