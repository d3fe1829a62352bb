using System.Collections;
using System.Reflection;

namespace Folio.Infrastructure.Settings;

/// <summary>
/// The keys under <c>Folio:</c> that no part of Folio reads: most are typos
/// (<c>Folio__SchedulerIntreval</c>), which configuration binding ignores in silence, so the
/// operator believes a setting is in force that is not.
/// </summary>
public static class UnknownSettings
{
    /// <summary>Each unknown key, with the known key it most resembles when one is close.</summary>
    public static IReadOnlyList<(string Key, string? Meant)> Find(IConfiguration configuration, IEnumerable<KnownSection> known)
    {
        var sections = known.OrderByDescending(section => section.Path.Length).ToList();
        var unknown = new List<(string, string?)>();
        foreach (var (key, value) in configuration.GetSection(FolioOptions.Section).AsEnumerable())
        {
            if (value is null || IsKnown(key, sections)) continue; // sections without a value are parents of leaves checked on their own
            unknown.Add((key, Closest(key, KnownKeys(sections))));
        }
        return unknown;
    }

    private static bool IsKnown(string key, List<KnownSection> sections)
    {
        var section = sections.FirstOrDefault(candidate => IsUnder(key, candidate.Path));
        if (section is null) return false;
        if (section.Shape is null) return true;
        var rest = key.Length == section.Path.Length ? [] : key[(section.Path.Length + 1)..].Split(':');
        if (section.PerNamedChild) rest = rest.Skip(1).ToArray();
        return rest.Length > 0 && Fits(section.Shape, rest);
    }

    private static bool IsUnder(string key, string path) =>
        key.Equals(path, StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(path + ":", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the key's remaining parts name a property of the shape (then of its type, down to a value).</summary>
    private static bool Fits(Type shape, ReadOnlySpan<string> parts)
    {
        var property = shape.GetProperty(parts[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is not { CanWrite: true }) return false;
        if (parts.Length == 1) return true;
        var type = property.PropertyType;
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)) return true; // a list's items are numbered
        return IsNested(type) && Fits(type, parts[1..]);
    }

    private static bool IsNested(Type type) => type.IsClass && type != typeof(string);

    private static IEnumerable<string> KnownKeys(IEnumerable<KnownSection> sections) =>
        sections.SelectMany(section => section.Shape is null || section.PerNamedChild
            ? [section.Path]
            : section.Shape.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.CanWrite)
                .Select(property => $"{section.Path}:{property.Name}"));

    /// <summary>The known key within two edits of the unknown one, if any: a typo's likely meaning.</summary>
    private static string? Closest(string key, IEnumerable<string> knownKeys) =>
        knownKeys
            .Select(known => (Known: known, Distance: EditDistance(key.ToLowerInvariant(), known.ToLowerInvariant())))
            .Where(candidate => candidate.Distance <= 2)
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Known)
            .FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
