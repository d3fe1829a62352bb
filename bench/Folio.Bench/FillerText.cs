using System.Text;

namespace Folio.Bench;

/// <summary>
/// Words for generated posts and comments: made-up but of natural length, from a fixed seed, so
/// two fills of the same size hold the same text and pages of the same size.
/// </summary>
internal sealed class FillerText(int seed)
{
    private static readonly string[] Vocabulary = MakeVocabulary();
    private readonly Random random = new(seed);

    public string Words(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(Vocabulary[random.Next(Vocabulary.Length)]);
        }
        return text.ToString();
    }

    public string Title(int words)
    {
        var title = Words(words);
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    /// <summary>Paragraphs of plain words, as Markdown source.</summary>
    public string Paragraphs(int paragraphs, int wordsEach) =>
        string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(_ => Title(wordsEach) + "."));

    private static string[] MakeVocabulary()
    {
        var random = new Random(42);
        return Enumerable.Range(0, 4000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(2, 11)).Select(_ => (char)('a' + random.Next(26))).ToArray()))
            .ToArray();
    }
}
