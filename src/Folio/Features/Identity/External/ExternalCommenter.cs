using System.Security.Claims;
using Folio.Infrastructure;
using Microsoft.AspNetCore.Authentication;

namespace Folio.Features.Identity.External;

/// <summary>Someone commenting with an outside identity and no platform account: who they are on this host.</summary>
public sealed record ExternalCommenter(long IdentityId, string Name, string Provider);

/// <summary>
/// The session of an outside identity on one host: a cookie of its own, apart from the
/// account session, so nothing that checks accounts mistakes such a person for one.
/// </summary>
public static class ExternalCommenterSession
{
    public const string Scheme = "Folio.ExternalCommenter";
    public const string CookieName = "folio_external_session";
    private const string IdentityClaim = "folio_external_identity";
    private const string ProviderClaim = "folio_provider";

    public static ClaimsPrincipal Principal(long identityId, string name, string provider) =>
        new(new ClaimsIdentity(
            [new Claim(IdentityClaim, identityId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, name), new Claim(ProviderClaim, provider)],
            Scheme));

    /// <summary>The outside identity signed in on this host, or null.</summary>
    public static async Task<ExternalCommenter?> CurrentAsync(HttpContext context)
    {
        // Without its cookie there is no session to read (most readers, on every page they are shown).
        if (!CookieNames.Has(context.Request.Cookies, CookieName)) return null;
        var result = await context.AuthenticateAsync(Scheme);
        if (!result.Succeeded) return null;
        var principal = result.Principal;
        return long.TryParse(principal.FindFirstValue(IdentityClaim), out var id)
            ? new ExternalCommenter(id, principal.FindFirstValue(ClaimTypes.Name) ?? "", principal.FindFirstValue(ProviderClaim) ?? "")
            : null;
    }
}
