using System.Runtime.CompilerServices;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// Folio hosts in the tests never watch files through inotify. Each watching host holds an
/// inotify instance for as long as it lives (its settings files, and its web root once a page
/// asks for a file's version), and Linux allows 128 per user by default: the test process with
/// its class fixtures, plus the Folio processes it starts (which inherit these variables), ran
/// out of them and failed hosts at random, as 500s. Settings are not watched at all; the web
/// root is polled, which costs no instance.
/// </summary>
internal static class NoConfigurationWatchers
{
    [ModuleInitializer]
    internal static void TurnOff()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
