using Folio.Features.Posts;
using Folio.Infrastructure.Localization;

namespace Folio.Features.Admin;

/// <summary>The post formats as the editor names them, in the writer's language.</summary>
public static class PostFormatLabels
{
    public static string Of(Localizer T, PostFormat format) => format switch
    {
        PostFormat.Aside => T["Aside"],
        PostFormat.Chat => T["Chat"],
        PostFormat.Gallery => T["Gallery"],
        PostFormat.Link => T["Link"],
        PostFormat.Image => T["Image"],
        PostFormat.Quote => T["Quote"],
        PostFormat.Status => T["Status"],
        PostFormat.Video => T["Video"],
        PostFormat.Audio => T["Audio"],
        _ => T["Standard"],
    };
}
