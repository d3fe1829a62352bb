using Folio.Infrastructure.Localization;
using NGettext;

namespace Folio.Tests.Localization;

/// <summary>The parts of the PO format the shipped catalogues do not use yet, read as msgfmt reads them.</summary>
public sealed class PoReaderTests
{
    private const string Header = "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";

    private static Catalog Load(string po)
    {
        var catalog = new Catalog();
        new PoReader(Header + po, "test.po").Load(catalog);
        return catalog;
    }

    [Fact]
    public void Strings_run_on_over_lines_and_keep_their_escapes()
    {
        var catalog = Load("msgid \"\"\n\"Two \\\"words\\\"\\n\"\n\"on two lines\"\nmsgstr \"Два \\\"слова\\\"\\n\" \"на двух строках\\t\\\\\"\n");

        Assert.Equal("Два \"слова\"\nна двух строках\t\\", catalog.GetString("Two \"words\"\non two lines"));
    }

    [Fact]
    public void Fuzzy_obsolete_and_untranslated_entries_are_left_out_as_msgfmt_leaves_them()
    {
        var catalog = Load("""
            #, fuzzy
            msgid "Guessed"
            msgstr "Угадано"

            #~ msgid "Gone"
            #~ msgstr "Ушло"

            msgid "Not yet"
            msgstr ""

            msgctxt "menu"
            msgid "Open"
            msgstr "Открыть"
            """);

        Assert.Equal("Guessed", catalog.GetString("Guessed"));
        Assert.Equal("Gone", catalog.GetString("Gone"));
        Assert.Equal("Not yet", catalog.GetString("Not yet"));
        Assert.Equal("Открыть", catalog.GetParticularString("menu", "Open"));
        Assert.Equal("Open", catalog.GetString("Open"));
    }

    [Theory]
    [InlineData("msgid \"a\"\nmsgstr b\n", "test.po line 5: a string must be in double quotes")]
    [InlineData("msgid \"a\"\nmsgsrt \"b\"\n", "test.po line 5: msgsrt is not expected here")]
    [InlineData("#\n\"stray\"\n", "test.po line 5: a quoted string must follow a keyword")]
    [InlineData("msgid \"a\"\n", "test.po line 5: the last message has no msgstr")]
    [InlineData("msgid \"a\\q\"\nmsgstr \"b\"\n", "test.po line 4: \\q is not an escape PO files use")]
    public void A_malformed_catalogue_is_refused_naming_the_file_the_line_and_the_check_to_run(string po, string message)
    {
        var refused = Assert.Throws<InvalidDataException>(() => Load(po));

        Assert.StartsWith(message, refused.Message);
        Assert.EndsWith("Check the file with `msgfmt --check test.po`.", refused.Message);
    }
}
