namespace Folio.Features.Identity;

/// <summary>
/// A person as an outside provider (an OpenID Connect issuer, Mastodon, GitHub…) knows them:
/// known by (issuer, subject), so two providers' equal subject ids are two people. They may
/// comment without a platform account, and an account may link several of them; linking never
/// happens by matching an email alone.
/// </summary>
public class ExternalIdentity
{
    public long Id { get; set; }

    /// <summary>The configured provider's name, as on its login button.</summary>
    public string Provider { get; set; } = "";

    public string Issuer { get; set; } = "";
    public string Subject { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? ProfileUrl { get; set; }

    /// <summary>The provider's picture, fetched once and served by Folio; null for the generated avatar.</summary>
    public string? AvatarPath { get; set; }

    /// <summary>The platform account this identity logs in to, when linked.</summary>
    public long? AccountId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
}
