using Folio.Features.Posts;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Admin;

public static class PostStatusNames
{
    /// <summary>A post's status, beside its title.</summary>
    public static string Singular(Localizer T, PostStatus status) => status switch
    {
        PostStatus.Draft => T["Draft"],
        PostStatus.Scheduled => T["Scheduled"],
        PostStatus.Trash => T["Trash"],
        _ => T["Published"],
    };

    /// <summary>The filter of the list that shows the posts of a status ("Drafts (2)").</summary>
    public static string Plural(Localizer T, PostStatus status) => status switch
    {
        PostStatus.Draft => T["Drafts"],
        PostStatus.Scheduled => T.InContext("filter", "Scheduled"),
        PostStatus.Trash => T["Trash"],
        _ => T.InContext("filter", "Published"),
    };
}
