using Folio.Features.Mail;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Comments;

/// <summary>A guest's name, email and website as typed, checked and tidied: the same rules when a guest posts and when a moderator edits; the reasons in the language of the moment.</summary>
public sealed record CommentAuthorFields(string Name, string Email, string? Url, IReadOnlyList<string> Errors)
{
    public static CommentAuthorFields Check(string? name, string? email, string? url, Localizer T)
    {
        var errors = new List<string>();
        name = (name ?? "").Trim();
        email = (email ?? "").Trim();
        url = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (name.Length == 0) errors.Add(T["Please give your name."]);
        else if (name.Length > CommentLimits.NameLength) errors.Add(T["A name can be at most {0} characters long.", CommentLimits.NameLength]);
        if (email.Length == 0) errors.Add(T["Please give your email address; it is never shown."]);
        else if (!EmailAddresses.IsValid(email)) errors.Add(T[EmailAddresses.Problem]);
        if (url is not null)
        {
            if (!url.Contains("://", StringComparison.Ordinal)) url = "https://" + url;
            if (url.Length > CommentLimits.UrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var website) || website.Scheme is not ("http" or "https"))
                errors.Add(T["A website must be an http:// or https:// address."]);
        }
        return new CommentAuthorFields(name, email.ToLowerInvariant(), url, errors);
    }
}
