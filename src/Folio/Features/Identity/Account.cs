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

    /// <summary>A few words about the person, shown on their public profile.</summary>
    public string Bio { get; set; } = "";

    /// <summary>Site-relative URL of an uploaded picture, or null for the generated avatar.</summary>
    public string? AvatarUrl { get; set; }

    /// <summary>Whether to email the person when someone likes one of their posts.</summary>
    public bool EmailOnLike { get; set; } = true;

    /// <summary>Whether to email the person when someone follows one of their sites.</summary>
    public bool EmailOnFollow { get; set; } = true;

    /// <summary>Whether to email the person when a comment appears on one of their posts.</summary>
    public bool EmailOnComment { get; set; } = true;

    /// <summary>The language of the person's dashboard and account pages (a catalogue's code), or null to follow the browser's.</summary>
    public string? Language { get; set; }

    /// <summary>
    /// When the person deleted their account: it cannot log in from then on, and is removed for
    /// good at this moment unless they restore it first; null for an account nobody deleted.
    /// </summary>
    public DateTime? DeleteAfter { get; set; }

    /// <summary>What happens to the person's comments when their deleted account is removed; null while nobody deleted it.</summary>
    public DeletedAccountComments? CommentsOnDeletion { get; set; }
}
