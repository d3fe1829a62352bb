using System.Security.Cryptography;
using System.Text;
using Folio.Infrastructure;
using Microsoft.Extensions.Options;

namespace Folio.Features.Identity;

/// <summary>
/// Binds a login ticket to the browser that asked for it. Before a site host sends a browser to
/// the platform for a ticket, it gives the browser a random value in a cookie of its own; the
/// value travels to the platform in the address, comes back inside the signed ticket, and the
/// ticket is taken only from a browser holding the same cookie. Without this, anyone could get a
/// ticket for their own account and send the link to someone else, whose browser it would sign
/// in to the sender's account (login CSRF): whatever that person then writes, the sender reads.
/// </summary>
public static class LoginTicketBrowser
{
    /// <summary>The query parameter that carries the value to the platform.</summary>
    public const string Parameter = "browser";

    private const string Cookie = "folio_login_browser";

    /// <summary>Long enough to log in, or sign up and confirm, at the platform on the way.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>Gives this browser a new value on this host; returns it, for the trip to the platform.</summary>
    public static string Mark(HttpContext context)
    {
        var value = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        CookieNames.AppendHostOnly(context, Cookie, value, Lifetime, Options(context));
        return value;
    }

    /// <summary>Whether the ticket's value is the one this browser holds on this host.</summary>
    public static bool Holds(HttpContext context, string ticketValue) =>
        context.Request.Cookies[CookieNames.For(Cookie, Options(context))] is { Length: > 0 } held
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(held), Encoding.ASCII.GetBytes(ticketValue));

    private static FolioOptions Options(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<FolioOptions>>().Value;
}
