using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Folio.Infrastructure;

public static class KeyStorage
{
    /// <summary>
    /// Keeps the data-protection keys (cookies, antiforgery tokens) in <c>{DataDirectory}/keys</c>,
    /// so they survive restarts and travel with the data. A fleet keeps them in Redis instead
    /// (<see cref="Fleet.FleetServices"/>).
    /// </summary>
    public static IServiceCollection AddFolioKeyStorage(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Folio");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<FolioOptions>, ILoggerFactory>((keys, folio, logging) =>
                keys.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(Path.Combine(folio.Value.DataDirectoryFullPath, "keys")), logging));
        return services;
    }
}
