namespace Folio.Infrastructure;

/// <summary>
/// Marks a page whose first request is often abandoned for a second one at once: the output
/// cache then renders each request itself rather than making the second wait for the first
/// (<see cref="SitePageCachePolicy"/>). ASP.NET Core's output cache hands a waiting request the
/// response of the request it waited on even when that one was aborted, as an empty page
/// (dotnet/aspnetcore#52310 and #56427, fixed for .NET 11). A post's embed view is such a page:
/// WordPress's embed script gives the frame its secret by changing the frame's address as it
/// starts loading, so the card stayed empty for the first reader of a post not yet cached. (That
/// the abandoned render is not stored either is the policy's, for every page.)
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WithoutCacheLockingAttribute : Attribute;
