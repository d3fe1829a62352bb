using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Folio.Infrastructure;

/// <summary>
/// Markup rendered once from a shared read model and then written as it is by every page rendered
/// from the same one: a post's comment threads, its likers. The fragments belong to the read-model
/// object (see <see cref="ReadModelCache.GetDecodedAsync"/>), so they are exactly as fresh as what
/// they were rendered from and are dropped with it when a write evicts it. Only what every reader
/// sees alike belongs in a fragment; a reader's own state is rendered around it on each request.
/// </summary>
public sealed class RenderedFragments
{
    private readonly ConcurrentDictionary<string, IHtmlContent> rendered = new(StringComparer.Ordinal);

    /// <summary>
    /// The fragment, rendered by <paramref name="template"/> the first time it is asked for.
    /// <paramref name="name"/> must also name whatever else the markup depends on (a site setting),
    /// since the read model alone does not change with it.
    /// </summary>
    public IHtmlContent Render(string name, Func<object?, IHtmlContent> template, HtmlEncoder encoder)
    {
        if (rendered.TryGetValue(name, out var kept)) return kept;
        using var writer = new StringWriter();
        template(null).WriteTo(writer, encoder);
        return rendered.GetOrAdd(name, new HtmlString(writer.ToString()));
    }
}
