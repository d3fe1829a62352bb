using System.Security.Claims;

namespace Folio.Features.Identity.External;

/// <summary>
/// Turns what a web service says about a person into the claims an OpenID Connect provider
/// would give (<c>sub</c> issued by the service, <c>name</c>, <c>picture</c>, <c>profile</c>),
/// so that one path remembers every outside identity.
/// </summary>
public static class WebProviderClaims
{
    /// <summary>Each service's own names for a person's picture and public page, as its user-info answer spells them.</summary>
    private static readonly string[] PictureKeys = ["picture", "avatar_url", "profile_image_url", "avatar"];
    private static readonly string[] ProfileKeys = ["profile", "html_url", "url", "link"];

    /// <summary>The person as Folio keeps them, or null when the service named no stable id.</summary>
    public static ClaimsPrincipal? ToIdentity(ClaimsPrincipal service, ExternalProvider provider)
    {
        var subject = service.FindFirst(ClaimTypes.NameIdentifier) ?? service.FindFirst("sub");
        if (subject is null || subject.Value.Length == 0) return null;
        var name = service.FindFirstValue(ClaimTypes.Name) ?? service.FindFirstValue("name") ?? subject.Value;
        var claims = new List<Claim> { new("sub", subject.Value, ClaimValueTypes.String, subject.Issuer), new("name", name) };
        if (First(service, PictureKeys) is { } picture) claims.Add(new Claim("picture", picture));
        if (First(service, ProfileKeys) is { } profile) claims.Add(new Claim("profile", profile));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, provider.Scheme, "name", null));
    }

    private static string? First(ClaimsPrincipal principal, string[] types) =>
        types.Select(principal.FindFirstValue).FirstOrDefault(value => !string.IsNullOrEmpty(value));
}
