using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NotificationsSayWhoAndWhat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "text",
                table: "notifications",
                newName: "subject");

            migrationBuilder.AddColumn<string>(
                name: "actor",
                table: "notifications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // The sentences the dashboard kept ("Ada likes “Hello”") split into who and what,
            // which the dashboard now puts in the reader's language.
            SplitSentences(migrationBuilder, "Like", " likes “", quoted: true);
            SplitSentences(migrationBuilder, "Follow", " follows ", quoted: false);
            SplitSentences(migrationBuilder, "Comment", " commented on “", quoted: true);
        }

        private static void SplitSentences(MigrationBuilder migrationBuilder, string kind, string between, bool quoted)
        {
            var at = $"strpos(subject, '{between}')";
            migrationBuilder.Sql($"""
                UPDATE notifications SET actor = substr(subject, 1, {at} - 1), subject = substr(subject, {at} + {between.Length})
                WHERE kind = '{kind}' AND {at} BETWEEN 2 AND 101;
                """);
            if (quoted)
            {
                migrationBuilder.Sql($"""
                    UPDATE notifications SET subject = substr(subject, 1, length(subject) - 1)
                    WHERE kind = '{kind}' AND actor <> '' AND subject LIKE '%”';
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "actor",
                table: "notifications");

            migrationBuilder.RenameColumn(
                name: "subject",
                table: "notifications",
                newName: "text");
        }
    }
}
