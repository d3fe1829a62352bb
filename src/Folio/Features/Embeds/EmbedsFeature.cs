using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Folio.Features.Embeds;

public static class EmbedsFeature
{
    public static IServiceCollection AddEmbedsFeature(this IServiceCollection services)
    {
        services.AddScoped<EmbeddablePosts>();
        // A page's embed view: the page's address and embed/, beside the post's route in Embed.cshtml.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Embeds/Embed", "{slug}/embed/"));
        return services;
    }
}
