using Microsoft.AspNetCore.Identity;

namespace Folio.Features.Identity;

/// <summary>
/// A platform-wide identity: one account writes, comments and likes on every site.
/// <see cref="IdentityUser{TKey}.UserName"/> is the URL-safe handle used in author archives.
/// </summary>
public class Account : IdentityUser<long>
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
