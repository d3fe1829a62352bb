using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Folio.Tests.Infrastructure;

/// <summary>Accessibility checks with axe-core, run in the page as it stands.</summary>
public static class Axe
{
    /// <summary>axe's serious and critical violations, one readable line per element; empty when there are none.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .SelectMany(violation => violation.Nodes.Select(node =>
                $"{page.Url}: {violation.Id} ({violation.Impact}) {violation.Help} at {node.Target}: {node.Html}"))
            .ToList();
    }
}
