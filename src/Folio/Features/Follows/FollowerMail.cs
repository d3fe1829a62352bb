using Folio.Features.Mail;
using Folio.Features.Sites;
using Folio.Features.Subscriptions;
using Folio.Infrastructure;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Follows;

/// <summary>
/// Mail to a site's follower, in the site's language (the caller writes subject and body inside
/// a <see cref="LanguageScope"/> of it): the body, then how to stop, and the one-click unsubscribe header.
/// </summary>
public static class FollowerMail
{
    public static OutgoingMail Build(PublicOrigin origin, Localizer T, SiteView site, string to, string token, string subject, string body) =>
        new(to, subject,
            $"{body}\n\n{T["You follow {0} by email. To stop, open:", site.Title]}\n{origin.SiteUrl(site, SubscriptionPaths.Page(SubscriptionKind.Posts, token))}\n",
            origin.SiteUrl(site, SubscriptionPaths.OneClickUnsubscribe(SubscriptionKind.Posts, token)));
}
