using System.Text;

namespace Folio.Infrastructure;

/// <summary>Where to send someone back to after a form: only a path on the same host, never another site.</summary>
public static class SafeReturn
{
    /// <summary>
    /// The path to redirect to, or <paramref name="fallback"/>. A control character (a tab, a line
    /// break) makes it the fallback; letters beyond ASCII are percent-encoded, as a browser sends
    /// them, since a Location header carries ASCII only.
    /// </summary>
    public static string Path(string? returnUrl, string fallback = "/") =>
        returnUrl is { Length: > 0 } url
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl)
            ? EscapeNonAscii(url)
            : fallback;

    private static string EscapeNonAscii(string url) =>
        Ascii.IsValid(url) ? url : string.Concat(url.EnumerateRunes().Select(rune => rune.IsAscii ? rune.ToString() : Uri.EscapeDataString(rune.ToString())));
}
