namespace Folio.Features.Curation;

/// <summary>
/// Charikar's SimHash: a 64-bit fingerprint of a text in which similar texts differ in few bits,
/// so the same wire story, lightly edited and under another address, is found by comparing
/// fingerprints rather than whole texts.
/// </summary>
public static class SimHash
{
    /// <summary>
    /// Below this many words a fingerprint says too little: two short teasers on one topic
    /// would look like the same story.
    /// </summary>
    public const int MinimumWords = 25;

    /// <summary>At most this many bits apart is the same story (the usual threshold for 64-bit SimHash).</summary>
    public const int SameStoryDistance = 3;

    /// <summary>The fingerprint of the words of the text, or null when it has too few words to tell.</summary>
    public static long? Of(string plainText)
    {
        var words = Words(plainText);
        if (words.Count < MinimumWords) return null;

        // Each word votes on each of the 64 bits: +1 where its own hash has a 1, -1 where a 0.
        // A bit of the fingerprint is 1 where the votes come out positive. Changing a few words
        // moves a few votes, which flips only the bits whose tally was close.
        Span<int> tally = stackalloc int[64];
        foreach (var word in words)
        {
            var hash = WordHash(word);
            for (var bit = 0; bit < 64; bit++)
                tally[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
            if (tally[bit] > 0) fingerprint |= 1UL << bit;
        return unchecked((long)fingerprint);
    }

    /// <summary>How many bits two fingerprints differ in.</summary>
    public static int Distance(long a, long b) => System.Numerics.BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    public static bool AreSameStory(long a, long b) => Distance(a, b) <= SameStoryDistance;

    /// <summary>Lower-case runs of letters and digits: punctuation and case must not make texts differ.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// A stable 64-bit hash (string.GetHashCode changes per process, and fingerprints are stored):
    /// FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser so every input bit
    /// reaches every output bit, which SimHash's per-bit votes rely on.
    /// </summary>
    private static ulong WordHash(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash;
    }
}
