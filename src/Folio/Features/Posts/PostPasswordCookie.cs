using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Folio.Features.Sites;
using Folio.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Folio.Features.Posts;

/// <summary>
/// The reader's proof of having typed a protected post's password, kept for ten days as
/// WordPress keeps it: a cookie of this host holding the site and a hash of the password (never
/// the password), sealed with Data Protection, whose keys the fleet shares. Like WordPress's, it
/// opens every post of the site that has the same password. A request carrying it is never
/// served from, nor stored in, the cache everyone shares.
/// </summary>
public sealed class PostPasswordCookie(IDataProtectionProvider protection, CurrentSite currentSite, IOptions<FolioOptions> options)
{
    public const string Name = "folio_post_password";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(10);
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Folio.PostPassword.v1").ToTimeLimitedDataProtector();

    public void Remember(HttpResponse response, string password) =>
        response.Cookies.Append(CookieNames.For(Name, options.Value), protector.Protect(Seal(password), Lifetime), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = CookieNames.PrefixApplies(options.Value) || response.HttpContext.Request.IsHttps,
            Path = "/",
            MaxAge = Lifetime,
        });

    /// <summary>Whether the request carries the proof for this password.</summary>
    public bool Opens(HttpRequest request, string password)
    {
        var sealedValue = request.Cookies[CookieNames.For(Name, options.Value)];
        if (string.IsNullOrEmpty(sealedValue)) return false;
        try
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(protector.Unprotect(sealedValue)), Encoding.UTF8.GetBytes(Seal(password)));
        }
        catch (CryptographicException)
        {
            return false; // expired, tampered with, or sealed with keys this fleet no longer has
        }
    }

    private string Seal(string password) =>
        $"{currentSite.Required.Id.ToString(CultureInfo.InvariantCulture)}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)))}";
}
