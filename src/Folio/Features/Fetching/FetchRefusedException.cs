namespace Folio.Features.Fetching;

/// <summary>
/// Raised inside the connection callback when every address of a host is refused; the fetcher
/// turns it into a <see cref="FetchOutcome.Refused"/> result, so it never reaches a caller.
/// </summary>
internal sealed class FetchRefusedException(string reason) : Exception(reason);
