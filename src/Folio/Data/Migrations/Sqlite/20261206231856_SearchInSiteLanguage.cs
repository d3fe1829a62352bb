using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <summary>
    /// Search in every script (docs/translating.md, "Search"). Written by hand, since search is
    /// outside the EF model (docs/migrations.md). FTS5's unicode61 tokenizer reads combining marks
    /// (Unicode's M* categories) as separators, so it cut words of Devanagari, Thai, Bengali and
    /// every script whose vowels are marks into fragments ("हिन्दी" became ह, न, द), and pointed
    /// Hebrew and Arabic too. The index is made again with marks as parts of words; the options a
    /// tokenizer was made with cannot be changed in place. remove_diacritics still folds only Latin
    /// letters: Cyrillic й, Greek ά or Arabic أ stay letters of their own. The triggers of
    /// <c>Initial</c> write to the table by name and go on working with the new one.
    /// </summary>
    public partial class SearchInSiteLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            MakeSearchIndex(migrationBuilder, "porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            MakeSearchIndex(migrationBuilder, "porter unicode61 remove_diacritics 2");

        private static void MakeSearchIndex(MigrationBuilder migrationBuilder, string tokenizer)
        {
            migrationBuilder.Sql("DROP TABLE post_search;");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE post_search USING fts5(
                    title, body, content='posts', content_rowid='id',
                    tokenize="{tokenizer}");
                """);
            migrationBuilder.Sql("INSERT INTO post_search(post_search) VALUES ('rebuild');");
        }
    }
}
