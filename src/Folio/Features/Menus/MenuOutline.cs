namespace Folio.Features.Menus;

/// <summary>One line of a menu as the editor shows it: what it links to, its words, and how deep it sits.</summary>
public sealed record OutlineItem(MenuItemKind Kind, long? TargetId, string Label, string? Url, int Depth);

/// <summary>
/// A menu as a list in the order readers see it, each item with its depth (0, or 1 under the
/// top-level item before it). Every change the editor offers is a change of this list, so the
/// keyboard's buttons and a drag and drop change a menu by the same rules.
/// </summary>
public static class MenuOutline
{
    /// <summary>Items nest one level: deeper menus are hard to use on a phone and with a keyboard.</summary>
    public const int MaxDepth = 1;

    public const int MaxItems = 100;

    /// <summary>Whether every item sits at a depth it can: the first at the top, none deeper than <see cref="MaxDepth"/>.</summary>
    public static bool IsWellFormed(IReadOnlyList<OutlineItem> items) =>
        items.Count <= MaxItems && items.All(i => i.Depth is >= 0 and <= MaxDepth) && (items.Count == 0 || items[0].Depth == 0);

    public static bool CanMoveUp(IReadOnlyList<OutlineItem> items, int index) => PreviousSibling(items, index) is not null;

    public static bool CanMoveDown(IReadOnlyList<OutlineItem> items, int index) => NextSibling(items, index) is not null;

    /// <summary>A top-level item without items of its own can go under the top-level item before it.</summary>
    public static bool CanIndent(IReadOnlyList<OutlineItem> items, int index) =>
        index > 0 && items[index].Depth < MaxDepth && BlockEnd(items, index) == index + 1;

    public static bool CanOutdent(IReadOnlyList<OutlineItem> items, int index) => items[index].Depth > 0;

    /// <summary>The item, with the items under it, goes before its previous sibling.</summary>
    public static List<OutlineItem> MoveUp(IReadOnlyList<OutlineItem> items, int index) =>
        PreviousSibling(items, index) is { } previous ? Swapped(items, previous, index) : [.. items];

    public static List<OutlineItem> MoveDown(IReadOnlyList<OutlineItem> items, int index) =>
        NextSibling(items, index) is { } next ? Swapped(items, index, next) : [.. items];

    public static List<OutlineItem> Indent(IReadOnlyList<OutlineItem> items, int index) =>
        CanIndent(items, index) ? Replaced(items, index, items[index] with { Depth = items[index].Depth + 1 }) : [.. items];

    /// <summary>The item comes up a level; the siblings after it, now following a top-level item, go under it.</summary>
    public static List<OutlineItem> Outdent(IReadOnlyList<OutlineItem> items, int index) =>
        CanOutdent(items, index) ? Replaced(items, index, items[index] with { Depth = items[index].Depth - 1 }) : [.. items];

    /// <summary>The item goes; the items under it come up to its level rather than going with it.</summary>
    public static List<OutlineItem> Remove(IReadOnlyList<OutlineItem> items, int index)
    {
        var end = BlockEnd(items, index);
        var result = items.Take(index).ToList();
        result.AddRange(items.Skip(index + 1).Take(end - index - 1).Select(child => child with { Depth = child.Depth - 1 }));
        result.AddRange(items.Skip(end));
        return result;
    }

    /// <summary>The items in a new order and at new depths (a drag and drop), or null when that is not a well-formed menu of the same items.</summary>
    public static List<OutlineItem>? Rearranged(IReadOnlyList<OutlineItem> items, IReadOnlyList<(int Index, int Depth)> order)
    {
        if (order.Count != items.Count || order.Select(o => o.Index).Distinct().Count() != items.Count) return null;
        if (order.Any(o => o.Index < 0 || o.Index >= items.Count)) return null;
        var result = order.Select(o => items[o.Index] with { Depth = o.Depth }).ToList();
        return IsWellFormed(result) ? result : null;
    }

    /// <summary>Where the block of items starting at <paramref name="index"/> (the item and those under it) ends.</summary>
    private static int BlockEnd(IReadOnlyList<OutlineItem> items, int index)
    {
        var end = index + 1;
        while (end < items.Count && items[end].Depth > items[index].Depth) end++;
        return end;
    }

    private static int? PreviousSibling(IReadOnlyList<OutlineItem> items, int index)
    {
        for (var before = index - 1; before >= 0; before--)
        {
            if (items[before].Depth == items[index].Depth) return before;
            if (items[before].Depth < items[index].Depth) return null;
        }
        return null;
    }

    private static int? NextSibling(IReadOnlyList<OutlineItem> items, int index)
    {
        var next = BlockEnd(items, index);
        return next < items.Count && items[next].Depth == items[index].Depth ? next : null;
    }

    /// <summary>The block at <paramref name="first"/> and the block right after it, the other way round.</summary>
    private static List<OutlineItem> Swapped(IReadOnlyList<OutlineItem> items, int first, int second)
    {
        var secondEnd = BlockEnd(items, second);
        return [.. items.Take(first), .. items.Skip(second).Take(secondEnd - second), .. items.Skip(first).Take(second - first), .. items.Skip(secondEnd)];
    }

    private static List<OutlineItem> Replaced(IReadOnlyList<OutlineItem> items, int index, OutlineItem item)
    {
        var result = items.ToList();
        result[index] = item;
        return result;
    }
}
