namespace Folio.Features.Follows;

/// <summary>The heading of the follow box (<c>_FollowBox.cshtml</c>): the words its widget shows and the id its section is named by.</summary>
public sealed record FollowBoxHeading(string Text, string Id);
