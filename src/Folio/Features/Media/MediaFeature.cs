using Folio.Infrastructure;
using Folio.Infrastructure.Settings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Folio.Features.Media;

public static class MediaFeature
{
    private const string LibraryPage = "/Media/Library";

    public static IServiceCollection AddMediaFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedSettings<MediaOptions>(configuration, MediaOptions.Section);
        services.AddSingleton<MediaStorage>();
        services.AddSingleton<ImageWork>();
        services.AddScoped<MediaQueries>();
        services.AddScoped<UploadMediaHandler>();
        services.AddScoped<DeleteMediaHandler>();
        services.AddScoped<ChangeAltTextHandler>();
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<MediaOptions>>((pages, media) =>
            pages.Conventions.AddPageApplicationModelConvention(LibraryPage, page =>
            {
                // The server stops reading a body past the cap (Kestrel enforces it; the test server does not).
                var limit = new RequestBodyLimitAttribute(media.Value.MaxRequestBytes,
                    $"This upload is larger than {FileSizes.Readable(media.Value.MaxUploadBytes)}, the largest image this site accepts. Nothing was saved. Please go back and choose a smaller file.");
                page.EndpointMetadata.Add(limit);
                page.Filters.Add(limit);
            }));
        return services;
    }
}
