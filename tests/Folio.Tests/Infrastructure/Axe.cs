using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Folio.Tests.Infrastructure;

/// <summary>Accessibility checks with axe-core, run in the page as it stands.</summary>
/// <remarks>
/// axe-core runs in the page itself: this injects the engine bundled with Deque.AxeCore into every frame once and
/// asks only for violations. Deque's own <c>RunAxe</c> wrapper took about two seconds per call (the engine itself
/// about 0.15 s) because it re-injects and round-trips every passing check, and the suite calls axe over a hundred
/// times.
/// </remarks>
public static class Axe
{
    private static readonly Lazy<string> Engine = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>axe's serious and critical violations, one readable line per element; empty when there are none.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        foreach (var frame in page.Frames)
        {
            if (!await frame.EvaluateAsync<bool>("typeof window.axe === 'object'"))
                await frame.EvaluateAsync(Engine.Value);
        }

        var lines = await page.EvaluateAsync<string[]>("""
            async () => {
                const result = await axe.run(document, { resultTypes: ['violations'] });
                return result.violations
                    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
                    .flatMap(violation => violation.nodes.map(node =>
                        `${violation.id} (${violation.impact}) ${violation.help} at ${node.target.join(' ')}: ${node.html}`));
            }
            """);
        return lines.Select(line => $"{page.Url}: {line}").ToList();
    }
}
