using System.Text.Json;

namespace Folio.Tests.Infrastructure;

/// <summary>
/// A feed read by npm <c>rss-parser</c> (a strict reader: malformed XML is an error), run by a
/// small script under tests/tools/rss-parser: Folio's feeds as someone else's code reads them.
/// Skipped where it is not installed, unless FOLIO_REQUIRE_RSS_PARSER=1 (as in CI).
/// </summary>
public static class FeedReader
{
    private const string Tool = "rss-parser";

    public static void SkipUnlessAvailable() => NodeTools.SkipUnlessInstalled(Tool, "FOLIO_REQUIRE_RSS_PARSER");

    /// <summary>The feed (RSS or Atom) as rss-parser gives it: its title, and its items with every field it read.</summary>
    public static Task<JsonElement> ReadAsync(string feedXml) => NodeTools.RunAsync(Tool, "read-feed.mjs", feedXml);
}
