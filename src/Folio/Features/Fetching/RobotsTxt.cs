namespace Folio.Features.Fetching;

/// <summary>
/// The rules of one host's robots.txt that apply to one crawler (RFC 9309): the groups naming
/// its product token, else the <c>*</c> groups; the longest matching Allow or Disallow pattern
/// decides, Allow winning a tie; <c>*</c> matches any run of characters and a final <c>$</c> the end.
/// </summary>
public sealed class RobotsTxt
{
    private readonly IReadOnlyList<(string Pattern, bool Allow)> rules;

    private RobotsTxt(IReadOnlyList<(string Pattern, bool Allow)> rules) => this.rules = rules;

    public static RobotsTxt AllowAll { get; } = new([]);

    public static RobotsTxt DisallowAll { get; } = new([("/", false)]);

    public static RobotsTxt Parse(string text, string productToken)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                // Consecutive user-agent lines share the group that follows them.
                if (!lastWasAgent || current is null) groups.Add(current = new Group());
                current.Agents.Add(value);
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null || key is not ("allow" or "disallow") || value.Length == 0) continue;
            current.Rules.Add((value, key == "allow"));
        }

        var ours = groups.Where(group => group.Agents.Any(agent => Names(agent, productToken))).ToList();
        if (ours.Count == 0) ours = groups.Where(group => group.Agents.Contains("*")).ToList();
        return new RobotsTxt(ours.SelectMany(group => group.Rules).ToList());
    }

    /// <summary>Whether the crawler may fetch the path (with its query) under these rules.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        if (pathAndQuery == "/robots.txt") return true;
        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in rules)
        {
            if (!Matches(pattern, pathAndQuery)) continue;
            if (pattern.Length > bestLength || (pattern.Length == bestLength && allow))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<(string Pattern, bool Allow)> Rules { get; } = [];
    }

    private static bool Names(string agentLine, string productToken)
    {
        var token = agentLine.Split('/', ' ')[0];
        return token.Equals(productToken, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Wildcard matching by the usual two-pointer walk, linear-ish and without a regex engine,
    /// so a hostile pattern of many stars cannot make a check slow.
    /// </summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        int p = 0, s = 0, star = -1, resume = 0;
        while (s < path.Length)
        {
            if (p == pattern.Length && !anchored) return true;
            if (p < pattern.Length && pattern[p] == '*') { star = p++; resume = s; }
            else if (p < pattern.Length && pattern[p] == path[s]) { p++; s++; }
            else if (star >= 0) { p = star + 1; s = ++resume; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
