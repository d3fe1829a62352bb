using Folio.Infrastructure.Localization;

namespace Folio.Features.Identity.ApplicationPasswords;

/// <summary>
/// Where an app asks to be sent back after "Authorize application" (WordPress's
/// <c>success_url</c> and <c>reject_url</c>): the approved password travels in that address, so
/// it must be one only the app can read.
/// </summary>
public static class ApplicationCallback
{
    private static readonly string[] RefusedSchemes = ["javascript", "data", "vbscript", "file", "ftp"];

    /// <summary>Why the address cannot take a password, or null when it can.</summary>
    public static string? Problem(string? url, Localizer T)
    {
        if (string.IsNullOrEmpty(url)) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return T["The application gave an address to return to that is not a full URL, so it cannot be connected. Ask its makers to fix it."];
        if (RefusedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
            return T["The application asked to return to a {0}: address, which could run code or read the password. It cannot be connected.", uri.Scheme];
        // Over plain HTTP anyone on the way could read the password; an app on this computer is the exception.
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            return T["The application asked to return to an address without HTTPS, where the password could be read on the way. It cannot be connected."];
        return null;
    }

    /// <summary>The app's address with the answer added to its query, as WordPress sends it.</summary>
    public static string With(string url, IReadOnlyDictionary<string, string> answer) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(url, answer.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)));
}
