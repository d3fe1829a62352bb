using System.Runtime.CompilerServices;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// Folio hosts in the tests never watch their settings files. Each watching host holds an
/// inotify instance for as long as it lives, and Linux allows 128 per user by default: the test
/// process with its class fixtures, plus the Folio processes it starts (which inherit this
/// variable), ran out of them on a loaded machine and failed hosts at random.
/// </summary>
internal static class NoConfigurationWatchers
{
    [ModuleInitializer]
    internal static void TurnOff() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
