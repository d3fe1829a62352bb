namespace Folio.Infrastructure;

/// <summary>Where to send someone back to after a form: only a path on the same host, never another site.</summary>
public static class SafeReturn
{
    public static string Path(string? returnUrl, string fallback = "/") =>
        returnUrl is { Length: > 0 } url
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains('\r') && !url.Contains('\n')
            ? url
            : fallback;
}
