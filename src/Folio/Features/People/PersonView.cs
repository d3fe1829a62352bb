namespace Folio.Features.People;

/// <summary>
/// A platform account as other readers see it next to what it did (a like): its name, its
/// picture, and where its name leads, its own site or else its profile.
/// </summary>
public sealed record PersonView(long AccountId, string Name, string AvatarUrl, string HomeUrl);
