using System.Text.Json;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// XML-RPC clients nobody at Folio wrote (npm <c>xmlrpc</c>, and the <c>wordpress</c> client built on
/// it) run by small scripts under tests/tools/xmlrpc. Skipped where they are not installed, unless
/// FOLIO_REQUIRE_XMLRPC=1 (as in CI).
/// </summary>
public static class XmlRpcClients
{
    private const string Tool = "xmlrpc";

    public static void SkipUnlessAvailable() => NodeTools.SkipUnlessInstalled(Tool, "FOLIO_REQUIRE_XMLRPC");

    /// <summary>Runs one of the tool's scripts and returns the JSON it prints; its errors fail the test with what it said.</summary>
    public static Task<JsonElement> RunAsync(string script, params string[] arguments) => NodeTools.RunAsync(Tool, script, null, arguments);
}
