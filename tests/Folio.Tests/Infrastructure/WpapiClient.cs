using System.Text.Json;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// WordPress's JavaScript API clients (npm <c>wpapi</c> and the block editor's <c>@wordpress/api-fetch</c>)
/// run by a small script under tests/tools/wpapi. Skipped where it is not installed, unless FOLIO_REQUIRE_WPAPI=1 (as in CI).
/// </summary>
public static class WpapiClient
{
    private const string Tool = "wpapi";

    public static void SkipUnlessAvailable() => NodeTools.SkipUnlessInstalled(Tool, "FOLIO_REQUIRE_WPAPI");

    /// <summary>Runs one of the tool's scripts and returns the JSON it prints; its errors fail the test with what it said.</summary>
    public static Task<JsonElement> RunAsync(string script, params string[] arguments) => NodeTools.RunAsync(Tool, script, null, arguments);
}
