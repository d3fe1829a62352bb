using System.Security.Cryptography;

namespace Folio.Features.Subscriptions;

/// <summary>The secret in every subscription mail's links: whoever holds it may confirm or end that one subscription.</summary>
public static class SubscriptionTokens
{
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}

/// <summary>What a subscription is to: the follow-up comments of one post, or a site's new posts.</summary>
public enum SubscriptionKind
{
    Comments,
    Posts,
}

/// <summary>The addresses in subscription mails: a page to confirm or end it, and the one-click (RFC 8058) unsubscribe.</summary>
public static class SubscriptionPaths
{
    public static string Page(SubscriptionKind kind, string token) => $"/subscription/{Segment(kind)}/{token}/";

    public static string OneClickUnsubscribe(SubscriptionKind kind, string token) => Page(kind, token) + "?handler=Unsubscribe";

    public static string Segment(SubscriptionKind kind) => kind == SubscriptionKind.Comments ? "comments" : "posts";
}
