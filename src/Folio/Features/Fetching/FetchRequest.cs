namespace Folio.Features.Fetching;

/// <summary>What to fetch; pass the validators of the last fetch to be told when nothing changed.</summary>
/// <param name="Url">An absolute http or https URL.</param>
/// <param name="Validators">The ETag and Last-Modified of the copy the caller holds, sent as a conditional GET.</param>
/// <param name="Accept">The media types wanted, for the <c>Accept</c> header; any when null.</param>
public sealed record FetchRequest(Uri Url, FetchValidators? Validators = null, string? Accept = null);

/// <summary>The validators of a fetched copy, for the next conditional GET of the same URL.</summary>
public sealed record FetchValidators(string? ETag, DateTimeOffset? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
