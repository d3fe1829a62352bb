using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Folio.Features.Media;

public static class MediaFeature
{
    private const string LibraryPage = "/Media/Library";

    public static IServiceCollection AddMediaFeature(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section);
        services.AddSingleton<MediaStorage>();
        services.AddScoped<MediaQueries>();
        services.AddScoped<UploadMediaHandler>();
        services.AddScoped<DeleteMediaHandler>();
        services.AddScoped<ChangeAltTextHandler>();
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<MediaOptions>>((pages, media) =>
            pages.Conventions.AddPageApplicationModelConvention(LibraryPage, page =>
            {
                // The server stops reading a body past the cap (Kestrel enforces it; the test server does not).
                page.EndpointMetadata.Add(new RequestSizeLimitAttribute(media.Value.MaxRequestBytes));
                page.Filters.Add(new OversizedUploadFilter(media.Value));
            }));
        return services;
    }
}
