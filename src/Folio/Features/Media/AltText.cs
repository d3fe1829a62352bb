using Folio.Infrastructure.Localization;

namespace Folio.Features.Media;

/// <summary>The text that stands for an image when it cannot be seen (screen readers, broken links).</summary>
public static class AltText
{
    public const int MaxLength = 500;

    /// <summary>What is wrong with this alt text, or null when it may be saved (trimmed).</summary>
    public static string? Problem(string text, Localizer T) =>
        text.Trim().Length > MaxLength ? T["Alt text can be at most {0} characters long.", MaxLength].Value : null;
}
