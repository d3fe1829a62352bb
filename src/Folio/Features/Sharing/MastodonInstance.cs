using System.Globalization;

namespace Folio.Features.Sharing;

/// <summary>
/// What a reader types as their Mastodon instance, read as a host name: <c>mastodon.social</c>,
/// and as readers also paste it, <c>https://mastodon.social/</c> or their address
/// <c>@me@mastodon.social</c>. Anything else (an IP address, a single label such as
/// <c>localhost</c>, a path) is refused: the reader is sent to <c>https://{host}/share</c>.
/// </summary>
public static class MastodonInstance
{
    private static readonly IdnMapping Idn = new();

    /// <summary>The instance's host name in ASCII (punycode for an international one), or null when what was typed names no host.</summary>
    public static string? Parse(string? typed)
    {
        var host = typed?.Trim() ?? "";
        if (host.Contains("://", StringComparison.Ordinal))
            host = Uri.TryCreate(host, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.AbsolutePath == "/" ? uri.IdnHost : "";
        host = host.TrimEnd('/');
        if (host.LastIndexOf('@') is var at and >= 0) host = host[(at + 1)..];
        if (host.Length is 0 or > 253) return null;
        try
        {
            host = Idn.GetAscii(host).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
        return Uri.CheckHostName(host) == UriHostNameType.Dns && host.Contains('.') && !host.EndsWith('.') ? host : null;
    }
}
