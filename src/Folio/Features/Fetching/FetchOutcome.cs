namespace Folio.Features.Fetching;

public enum FetchOutcome
{
    /// <summary>A 2xx answer whose body was read in full.</summary>
    Fetched,
    /// <summary>304: the copy named by the request's validators is still current.</summary>
    NotModified,
    /// <summary>The scheme, the port or an address of the host (or of a redirect's) is not allowed.</summary>
    Refused,
    TooLarge,
    TimedOut,
    TooManyRedirects,
    /// <summary>The server answered with a status other than 2xx, 304 or a redirect.</summary>
    HttpError,
    /// <summary>The host did not resolve, the connection failed or broke off.</summary>
    Failed,
}
