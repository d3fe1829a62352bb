namespace Folio.Features.Menus;

/// <summary>
/// What a button of the menu editor asks for ("up:3", "add-page", "save" …) applied to the menu
/// as the form sent it. Each button saves the menu with its change, so that the editor works
/// with a keyboard and without script, one step per press.
/// </summary>
public static class MenuEditorAction
{
    /// <summary>The menu after the action, and the control to focus on the page that shows it (so a keyboard user can press again).</summary>
    public sealed record Outcome(List<OutlineItem> Items, string? Focus);

    public static Outcome? Apply(string action, List<OutlineItem> items, OutlineItem? added, IReadOnlyList<(int Index, int Depth)>? arrangement)
    {
        var (verb, index) = Split(action);
        if (index is { } position && (position < 0 || position >= items.Count)) return null;
        return (verb, index) switch
        {
            ("save", null) => new(items, null),
            ("up", { } at) => Moved(MenuOutline.MoveUp(items, at), items[at], "up"),
            ("down", { } at) => Moved(MenuOutline.MoveDown(items, at), items[at], "down"),
            ("indent", { } at) => new(MenuOutline.Indent(items, at), $"outdent-{at}"),
            ("outdent", { } at) => new(MenuOutline.Outdent(items, at), $"indent-{at}"),
            ("remove", { } at) => Removed(MenuOutline.Remove(items, at), at),
            ("add", null) when added is not null => new([.. items, added], $"label-{items.Count}"),
            ("arrange", null) when arrangement is not null && MenuOutline.Rearranged(items, arrangement) is { } arranged => new(arranged, null),
            _ => null,
        };
    }

    private static (string Verb, int? Index) Split(string action)
    {
        var colon = action.IndexOf(':');
        if (colon < 0) return (action, null);
        // "up:3" names an item by its position; "add:page" names what to add, which the caller reads.
        return int.TryParse(action.AsSpan(colon + 1), out var index) ? (action[..colon], index) : (action[..colon], null);
    }

    /// <summary>The moved item keeps the focus on the same button where it now sits, or on its label once it can go no further.</summary>
    private static Outcome Moved(List<OutlineItem> items, OutlineItem moved, string direction)
    {
        var at = items.FindIndex(i => ReferenceEquals(i, moved));
        var canAgain = direction == "up" ? MenuOutline.CanMoveUp(items, at) : MenuOutline.CanMoveDown(items, at);
        return new(items, canAgain ? $"{direction}-{at}" : $"label-{at}");
    }

    private static Outcome Removed(List<OutlineItem> items, int at) =>
        new(items, items.Count == 0 ? null : $"label-{Math.Min(at, items.Count - 1)}");
}
