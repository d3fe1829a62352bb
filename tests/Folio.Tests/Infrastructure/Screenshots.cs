using Microsoft.Playwright;

namespace Folio.Tests.Infrastructure;

/// <summary>Full-page screenshots in <c>screenshots/</c> beside the test assembly, for a person (or CI artefacts) to look at.</summary>
public static class Screenshots
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static Task SaveScreenshotAsync(this IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return page.ScreenshotAsync(new() { Path = Path.Combine(Directory, name + ".png"), FullPage = true });
    }

    /// <summary>One part of a page, such as a form.</summary>
    public static Task SaveScreenshotAsync(this ILocator part, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return part.ScreenshotAsync(new() { Path = Path.Combine(Directory, name + ".png") });
    }
}
