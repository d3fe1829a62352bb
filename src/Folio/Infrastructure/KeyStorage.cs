using System.Xml.Linq;
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
                keys.XmlRepository = new PrivateKeyRepository(
                    new DirectoryInfo(PrivateFiles.CreateFolder(Path.Combine(folio.Value.DataDirectoryFullPath, "keys"))), logging));
        return services;
    }

    /// <summary>Whoever reads a key can forge any session cookie: each key file is made readable by the server's user alone.</summary>
    private sealed class PrivateKeyRepository(DirectoryInfo directory, ILoggerFactory logging) : FileSystemXmlRepository(directory, logging)
    {
        public override void StoreElement(XElement element, string friendlyName)
        {
            base.StoreElement(element, friendlyName);
            // The base class names the file itself (after the friendly name when it is a safe one).
            foreach (var file in Directory.EnumerateFiles("*.xml")) PrivateFiles.Restrict(file.FullName);
        }
    }
}
