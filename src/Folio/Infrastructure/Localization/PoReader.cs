using System.Text;
using NGettext;
using NGettext.Loaders;
using NGettext.Plural;

namespace Folio.Infrastructure.Localization;

/// <summary>
/// Loads a gettext PO catalogue, the file translators edit, into an NGettext <see cref="Catalog"/>.
/// NGettext's own loaders read only compiled MO files and no PO reader is served to this project,
/// so this reads the source format itself: keywords with quoted, concatenated strings
/// (<c>msgctxt</c>, <c>msgid</c>, <c>msgid_plural</c>, <c>msgstr</c>, <c>msgstr[n]</c>), C escapes,
/// comments; fuzzy and obsolete entries are left out as <c>msgfmt</c> leaves them out. The plural
/// rule comes from the catalogue's <c>Plural-Forms</c> header, parsed by NGettext.
/// CatalogueTests checks this reader against <c>msgfmt</c>'s compiled output for every catalogue shipped.
/// </summary>
public sealed class PoReader(string text, string fileName) : ILoader
{
    public void Load(Catalog catalog)
    {
        foreach (var entry in Entries())
        {
            var isHeader = entry.Id.Length == 0 && entry.Context is null;
            if (isHeader) catalog.PluralRule = PluralRuleOf(entry.Translations[0]);
            // Kept as msgfmt keeps them: the header (under the empty text) and every translated entry.
            if (isHeader || (!entry.Fuzzy && entry.Translations.All(translation => translation.Length > 0)))
            {
                catalog.Translations[entry.Key] = [.. entry.Translations];
            }
        }
    }

    /// <summary>One message: its context, English text and translations (one per plural form).</summary>
    public sealed record Entry(string? Context, string Id, string? PluralId, IReadOnlyList<string> Translations, bool Fuzzy)
    {
        /// <summary>How gettext keys a message: the context and the text joined by EOT.</summary>
        public string Key => Context is null ? Id : Context + Catalog.CONTEXT_GLUE + Id;
    }

    public IEnumerable<Entry> Entries()
    {
        var entry = new EntryBuilder();
        string? field = null; // the field a line holding only a quoted string continues
        var number = 0;
        foreach (var untrimmed in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var line = untrimmed.Trim();
            if (line.Length == 0 || line.StartsWith("#~", StringComparison.Ordinal)) continue; // blank or obsolete
            if (line[0] == '#')
            {
                if (entry.IsComplete) { yield return entry.Build(); entry = new(); }
                entry.Fuzzy |= line.StartsWith("#,", StringComparison.Ordinal) && line.Contains("fuzzy", StringComparison.Ordinal);
                field = null;
                continue;
            }
            if (line[0] == '"')
            {
                entry.Append(field ?? throw Malformed(number, "a quoted string must follow a keyword such as msgid or msgstr"), Quoted(line, number));
                continue;
            }
            var space = line.IndexOf(' ');
            if (space < 0) throw Malformed(number, $"\"{line}\" is not a keyword followed by a quoted string");
            field = line[..space] is "msgstr" ? "msgstr[0]" : line[..space];
            if (field is "msgctxt" or "msgid" && entry.IsComplete) { yield return entry.Build(); entry = new(); }
            if (!entry.Set(field, Quoted(line[(space + 1)..].Trim(), number))) throw Malformed(number, $"{line[..space]} is not expected here");
        }
        if (entry.IsComplete) yield return entry.Build();
        else if (entry.IsStarted) throw Malformed(number, "the last message has no msgstr");
    }

    /// <summary>The message being read, field by field.</summary>
    private sealed class EntryBuilder
    {
        private readonly Dictionary<string, string> fields = [];
        public bool Fuzzy { get; set; }
        public bool IsStarted => fields.Count > 0;
        public bool IsComplete => fields.ContainsKey("msgid") && fields.ContainsKey("msgstr[0]");

        /// <summary>Starts a field; false when the field is not a PO keyword or comes twice.</summary>
        public bool Set(string field, string value) =>
            (field is "msgctxt" or "msgid" or "msgid_plural" || IsTranslation(field)) && fields.TryAdd(field, value);

        public void Append(string field, string more) => fields[field] += more;

        public Entry Build() => new(
            fields.GetValueOrDefault("msgctxt"), fields["msgid"], fields.GetValueOrDefault("msgid_plural"),
            [.. fields.Where(field => IsTranslation(field.Key)).OrderBy(field => PluralIndex(field.Key)).Select(field => field.Value)],
            Fuzzy);

        private static bool IsTranslation(string field) => PluralIndex(field) >= 0;

        /// <summary>n for <c>msgstr[n]</c>; -1 for any other field.</summary>
        private static int PluralIndex(string field) =>
            field.StartsWith("msgstr[", StringComparison.Ordinal) && field.EndsWith(']') && int.TryParse(field.AsSpan(7, field.Length - 8), out var index) ? index : -1;
    }

    private static IPluralRule PluralRuleOf(string headers)
    {
        var pluralForms = headers.Split('\n')
            .FirstOrDefault(header => header.StartsWith("Plural-Forms:", StringComparison.OrdinalIgnoreCase));
        return pluralForms is null
            ? PluralRule.Default
            : new AstPluralRuleGenerator(pluralForms["Plural-Forms:".Length..].Trim()).CreateRule(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One or more double-quoted strings (PO lets a line hold several), unescaped and joined.</summary>
    private string Quoted(string strings, int number)
    {
        var unescaped = new StringBuilder(strings.Length);
        var i = 0;
        while (i < strings.Length)
        {
            if (strings[i++] != '"') throw Malformed(number, "a string must be in double quotes");
            while (true)
            {
                if (i >= strings.Length) throw Malformed(number, "a string must be in double quotes");
                var c = strings[i++];
                if (c == '"') break;
                if (c != '\\') { unescaped.Append(c); continue; }
                if (i >= strings.Length) throw Malformed(number, "a backslash ends the line");
                unescaped.Append(strings[i++] switch
                {
                    'n' => '\n', 't' => '\t', 'r' => '\r', '"' => '"', '\\' => '\\', 'a' => '\a', 'b' => '\b', 'f' => '\f', 'v' => '\v',
                    var other => throw Malformed(number, $"\\{other} is not an escape PO files use"),
                });
            }
            while (i < strings.Length && char.IsWhiteSpace(strings[i])) i++;
        }
        return unescaped.ToString();
    }

    private InvalidDataException Malformed(int line, string problem) =>
        new($"{fileName} line {line}: {problem}. Check the file with `msgfmt --check {fileName}`.");
}
