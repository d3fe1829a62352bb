using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
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
                type: "character varying(10000)",
                maxLength: 10000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "close_comments_after_days",
                table: "sites",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "moderation_words",
                table: "sites",
                type: "character varying(10000)",
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
