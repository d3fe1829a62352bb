using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Folio.Infrastructure;

/// <summary>
/// The one form in which Folio writes its addresses and compares a request's with them: each
/// segment in Unicode NFC, percent-encoded as UTF-8 with upper-case escapes, as a browser sends
/// it ("/новая-заметка/" is "/%D0%BD%D0%BE%D0%B2…/"). The server hands the application a
/// request's path decoded, so a page that compared it with its written address as they come
/// would never find itself at home, and redirect a reader to where they already are, forever.
/// </summary>
public static class CanonicalPaths
{
    /// <summary>A slug, name or other text as one segment of a path.</summary>
    public static string Segment(string text) => Uri.EscapeDataString(text.Normalize(NormalizationForm.FormC));

    /// <summary>A request's (decoded) path in the canonical form.</summary>
    public static string Of(PathString path) => string.Join('/', (path.Value ?? "/").Split('/').Select(Segment));

    /// <summary>
    /// Whether the request came to exactly this canonical path, in whatever encoding it was sent:
    /// not to another date, another Unicode form, or without the final slash.
    /// </summary>
    public static bool IsAt(this HttpRequest request, string canonicalPath) => Of(request.Path) == canonicalPath;

    /// <summary>
    /// Sends the reader on to the canonical address, once, with the query they asked with. A form
    /// posted to another address of the page goes on as it was sent (308): after a 301 the browser
    /// would fetch the page instead, and what the reader typed would be lost.
    /// </summary>
    public static RedirectResult RedirectTo(HttpRequest request, string canonicalPath) => new(Target(request, canonicalPath), permanent: true, KeepsMethod(request));

    /// <summary><see cref="RedirectTo"/> for endpoints and middleware.</summary>
    public static IResult Redirect(HttpRequest request, string canonicalPath) => Results.Redirect(Target(request, canonicalPath), permanent: true, KeepsMethod(request));

    private static string Target(HttpRequest request, string canonicalPath) => canonicalPath + request.QueryString;

    private static bool KeepsMethod(HttpRequest request) => !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
}
