using System.Diagnostics;

namespace Folio.Tests.Infrastructure;

/// <summary>Folio as an operator starts it: <c>dotnet Folio.dll …</c> in a process of its own, on a test database.</summary>
public static class FolioProcess
{
    public static ProcessStartInfo StartInfo(TestDatabase database, IEnumerable<KeyValuePair<string, string>> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in database.Settings().Concat(settings)) start.Environment[key.Replace(":", "__")] = value;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return start;
    }
}
