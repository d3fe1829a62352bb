using Folio.Infrastructure.Localization;

namespace Folio.Features.Notifications;

/// <summary>
/// What a blogger is told of a like, a follow or a comment, in the language of the moment
/// (<see cref="Localizer"/>): the dashboard's line when they read it, the mail when it is sent.
/// </summary>
public static class NotificationSentences
{
    /// <summary>The dashboard's line, such as "Ada likes “Hello”".</summary>
    public static string Line(Localizer T, NotificationKind kind, string actor, string subject) => kind switch
    {
        NotificationKind.Like => T["{0} likes “{1}”", actor, subject],
        NotificationKind.Follow => T["{0} follows {1}", actor, subject],
        _ => T["{0} commented on “{1}”", actor, subject],
    };

    /// <summary>The mail's subject: the line, but for a comment, which names the post only.</summary>
    public static string MailSubject(Localizer T, BloggerNews news) => news.Kind == NotificationKind.Comment
        ? T["New comment on “{0}”", news.Subject]
        : Line(T, news.Kind, news.Actor, news.Subject);

    /// <summary>The mail's body, with the link to what it is about.</summary>
    public static string MailBody(Localizer T, BloggerNews news)
    {
        var link = news.SiteUrl(news.Path);
        return news.Kind switch
        {
            NotificationKind.Like => $"{T["{0} likes your post “{1}”.", news.Actor, news.Subject]}\n\n{T["See who else does:"]}\n{link}\n",
            NotificationKind.Follow => $"{T["{0} now follows {1}.", news.Actor, news.Subject]}\n\n{T["See your site's news:"]}\n{link}\n",
            _ => $"{T["{0} commented on “{1}”:", news.Actor, news.Subject]}\n\n{news.Words}\n\n{T["Read it and reply:"]}\n{link}\n",
        };
    }
}

/// <summary>Something to tell bloggers of.</summary>
/// <param name="Kind">What happened, which also decides whether they want it by mail.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Subject">What it was done to: the post's title, or the site's.</param>
/// <param name="Path">Site-relative address of what it is about.</param>
/// <param name="SiteUrl">Makes a site path absolute, for the mail's link; it must not use the request when a background writer sends it.</param>
/// <param name="Words">A comment's words, as plain text, for the mail.</param>
public sealed record BloggerNews(NotificationKind Kind, string Actor, string Subject, string Path, Func<string, string> SiteUrl, string? Words = null);
