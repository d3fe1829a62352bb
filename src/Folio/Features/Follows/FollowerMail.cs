using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Features.Subscriptions;
using Folio.Infrastructure;

namespace Folio.Features.Follows;

/// <summary>Mail to a site's follower: the body, then how to stop, and the one-click unsubscribe header.</summary>
public static class FollowerMail
{
    public static OutgoingMail Build(PublicOrigin origin, SiteView site, string to, string token, string subject, string body) =>
        new(to, subject,
            $"{body}\n\nYou follow {site.Title} by email. To stop, open:\n{origin.SiteUrl(site, SubscriptionPaths.Page(SubscriptionKind.Posts, token))}\n",
            origin.SiteUrl(site, SubscriptionPaths.OneClickUnsubscribe(SubscriptionKind.Posts, token)));
}
