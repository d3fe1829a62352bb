using System.Globalization;
using System.Security.Cryptography;
using Folio.Features.Identity;
using Microsoft.AspNetCore.DataProtection;

namespace Folio.Features.Likes;

/// <summary>
/// "Like" in one click for a reader not yet signed in on this site: the click is remembered in
/// the address that the login handshake returns to, and carried out when the reader comes back
/// signed in, with no second "Like" to press. The remembered click is signed, lives an hour (long
/// enough to log in or sign up on the way) and is honoured only in the browser that clicked (it
/// names the value the handshake gave that browser, <see cref="LoginTicketBrowser"/>): a link
/// someone else made can never like a post for whoever follows it.
/// </summary>
public sealed class LikeIntents(IDataProtectionProvider protection, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Folio.LikeIntent.v1").ToTimeLimitedDataProtector();

    /// <summary>The like page's address that carries out a click on the post's Like, for the browser holding <paramref name="browser"/>.</summary>
    public string PathFor(long postId, string browser) =>
        $"/likes/{postId.ToString(CultureInfo.InvariantCulture)}/?intent={Uri.EscapeDataString(protector.Protect($"{postId.ToString(CultureInfo.InvariantCulture)} {browser}", clock.GetUtcNow().Add(Lifetime)))}";

    /// <summary>Whether the intent is a click on this post's Like made in this very browser within the hour.</summary>
    public bool IsClickOn(string? intent, long postId, HttpContext context)
    {
        if (string.IsNullOrEmpty(intent)) return false;
        string payload;
        try
        {
            payload = protector.Unprotect(intent, out _);
        }
        catch (CryptographicException)
        {
            return false;
        }
        var parts = payload.Split(' ');
        return parts.Length == 2 && parts[0] == postId.ToString(CultureInfo.InvariantCulture) && LoginTicketBrowser.Holds(context, parts[1]);
    }

    /// <summary>
    /// Whether the request is a click on this host's own page: the browser says so (Sec-Fetch-Site),
    /// or, where it sends no such header (plain HTTP), the page it came from is on this host.
    /// </summary>
    public static bool ClickedOnThisSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return site == "same-origin";
        return Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var from)
            && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
