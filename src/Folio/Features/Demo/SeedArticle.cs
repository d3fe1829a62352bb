using System.Reflection;

namespace Folio.Features.Demo;

/// <summary>The article of the seed page (shared/seed/seed-page.txt), as the page's visitor reads it.</summary>
public sealed record SeedArticle(string Title, IReadOnlyList<string> Paragraphs)
{
    private const string ResourceName = "Folio.Demo.seed-page.txt";
    private const string BannerEnd = "Get started";
    private const string AttributionLine = "Read original article here";

    public static SeedArticle Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The build lacks the embedded resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The title follows the platform banner; the paragraphs run until the attribution line.</summary>
    public static SeedArticle Parse(string pageText)
    {
        var lines = pageText.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).ToList();
        var afterBanner = lines.SkipWhile(line => line != BannerEnd).Skip(1).Where(line => line.Length > 0).ToList();
        var title = afterBanner.FirstOrDefault() ?? throw new FormatException("The seed page has no title after its banner.");
        var paragraphs = afterBanner.Skip(1).TakeWhile(line => !line.StartsWith(AttributionLine, StringComparison.Ordinal)).ToList();
        return new SeedArticle(title, paragraphs);
    }
}
