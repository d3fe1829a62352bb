using System.Globalization;
using Folio.Infrastructure.Localization;

namespace Folio.Features.WordPress;

/// <summary>The kinds of thing an import counts, in the order the summary lists them.</summary>
public enum ImportKind
{
    Author,
    Category,
    Tag,
    Post,
    Page,
    Attachment,
    Comment,

    /// <summary>Navigation menus, placed in the site's primary or footer menu or not.</summary>
    Menu,

    /// <summary>Items of other types (menu items, revisions, reusable blocks, custom post types).</summary>
    OtherItem,

    /// <summary>Terms of other taxonomies.</summary>
    OtherTerm,

    /// <summary>Details WordPress has and Folio cannot keep (custom taxonomies on posts…).</summary>
    NotKept,

    /// <summary>Elements of namespaces no WordPress export writes (plugins' data), passed over by name.</summary>
    NotRead,
}

/// <summary>
/// What an import did, counted per kind and outcome ("imported", "already imported",
/// "skipped: trash"…), for the command line and the dashboard to print as it is: in the
/// language of the one who imports (the command line's is English).
/// </summary>
public sealed class ImportSummary(Localizer T)
{
    public string Imported => T["imported"];
    public string AlreadyImported => T["already imported"];

    /// <summary>An item whose HTML no parser should take (<see cref="Posts.MarkupLimits"/>).</summary>
    public string TooDeep => T["skipped: nested more than {0} levels deep", Posts.MarkupLimits.MaxDepth];

    private readonly SortedDictionary<(ImportKind Kind, string Outcome), int> counts = new();

    public void Add(ImportKind kind, string outcome, int count = 1)
    {
        if (count > 0) counts[(kind, outcome)] = counts.GetValueOrDefault((kind, outcome)) + count;
    }

    /// <summary>What was imported: the export's version, site and size, as the first line.</summary>
    public string? Source { get; set; }

    public int Count(ImportKind kind, string outcome) => counts.GetValueOrDefault((kind, outcome));

    /// <summary>How many of a kind had any outcome starting with <paramref name="prefix"/> ("skipped", "kept as a link").</summary>
    public int CountStartingWith(ImportKind kind, string prefix) =>
        counts.Where(c => c.Key.Kind == kind && c.Key.Outcome.StartsWith(prefix, StringComparison.Ordinal)).Sum(c => c.Value);

    /// <summary>One line per kind: "Posts: 4 imported, 1 already imported, 1 skipped: in the trash".</summary>
    public IReadOnlyList<string> Lines() =>
        (Source is null ? [] : new[] { Source })
            .Concat(counts.GroupBy(c => c.Key.Kind)
                .Select(kind => $"{Heading(kind.Key)}: {string.Join(", ", kind.Select(c => $"{c.Value.ToString(CultureInfo.InvariantCulture)} {c.Key.Outcome}"))}"))
            .ToList();

    private string Heading(ImportKind kind) => kind switch
    {
        ImportKind.Author => T["Authors"],
        ImportKind.Category => T["Categories"],
        ImportKind.Tag => T["Tags"],
        ImportKind.Post => T["Posts"],
        ImportKind.Page => T["Pages"],
        ImportKind.Attachment => T["Attachments"],
        ImportKind.Comment => T["Comments"],
        ImportKind.Menu => T["Menus"],
        ImportKind.OtherItem => T["Other items"],
        ImportKind.OtherTerm => T["Other terms"],
        ImportKind.NotKept => T["Not kept"],
        _ => T["Not read (other plugins' data)"],
    };
}
