namespace Folio.Features.Widgets;

/// <summary>The widgets after one of the editor's buttons, and the control to focus then.</summary>
public sealed record WidgetEditorOutcome(IReadOnlyList<WidgetDraft> Drafts, string? Focus);

/// <summary>
/// What the editor's buttons do to the widgets sent with them (both areas, each in its order):
/// <c>save</c>, <c>up:{i}</c>, <c>down:{i}</c> (within the widget's area), <c>remove:{i}</c>,
/// <c>add:sidebar</c> and <c>add:footer</c> (the kind chosen beside the button, at the end of its area).
/// </summary>
public static class WidgetEditorAction
{
    /// <summary>The outcome, or null for a button that names no widget that can do it.</summary>
    public static WidgetEditorOutcome? Apply(string? action, IReadOnlyList<WidgetDraft> sent, WidgetKind? addSidebar, WidgetKind? addFooter)
    {
        var drafts = sent.ToList();
        switch ((action ?? "").Split(':'))
        {
            case ["save"]:
                return new(drafts, null);
            case ["add", var areaName] when Enum.TryParse<WidgetArea>(areaName, ignoreCase: true, out var area)
                && (area == WidgetArea.Sidebar ? addSidebar : addFooter) is { } kind && Enum.IsDefined(kind):
                var at = drafts.FindLastIndex(d => d.Area == area) + 1;
                if (at == 0) at = area == WidgetArea.Sidebar ? 0 : drafts.Count;
                drafts.Insert(at, new WidgetDraft(area, kind, "", WidgetLimits.HasText(kind) ? "" : null, ""));
                return new(drafts, $"title-{at}");
            case [var verb, var number] when int.TryParse(number, out var index) && index >= 0 && index < drafts.Count:
                var other = verb switch { "up" => index - 1, "down" => index + 1, _ => -1 };
                if (verb == "remove")
                {
                    drafts.RemoveAt(index);
                    return new(drafts, null);
                }
                if (other < 0 || other >= drafts.Count || drafts[other].Area != drafts[index].Area) return null;
                (drafts[index], drafts[other]) = (drafts[other], drafts[index]);
                return new(drafts, $"{verb}-{other}");
            default:
                return null;
        }
    }

    public static bool CanMove(IReadOnlyList<WidgetDraft> drafts, int index, int step) =>
        index + step >= 0 && index + step < drafts.Count && drafts[index + step].Area == drafts[index].Area;
}
