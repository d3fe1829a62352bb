using System.Text;

namespace Folio.Infrastructure;

/// <summary>
/// A request whose path spells its letters in another Unicode form than the one Folio writes
/// (NFC: "й" as one code point, not "и" and a combining breve) is sent on, once, to that form;
/// so every slug that routing hands a page, archive or feed is in the form the database holds,
/// and a page compares the request with its own address in one form (<see cref="CanonicalPaths"/>).
/// </summary>
public sealed class UnicodePathForm(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.HasValue || path.Value.IsNormalized(NormalizationForm.FormC)) return next(context);
        // "//other.example/…" in a Location header is another host: the address stays on this one.
        var canonical = "/" + CanonicalPaths.Of(path).TrimStart('/');
        return CanonicalPaths.Redirect(context.Request, canonical).ExecuteAsync(context);
    }
}
