using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DiscussionWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "blocklist_words",
                table: "sites",
                type: "TEXT",
                maxLength: 10000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "close_comments_after_days",
                table: "sites",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "moderation_words",
                table: "sites",
                type: "TEXT",
                maxLength: 10000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "blocklist_words",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "close_comments_after_days",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "moderation_words",
                table: "sites");
        }
    }
}
