using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WordPressImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "word_press_id",
                table: "posts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "word_press_id",
                table: "media",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "word_press_id",
                table: "comments",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_posts_site_id_word_press_id",
                table: "posts",
                columns: new[] { "site_id", "word_press_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_media_site_id_word_press_id",
                table: "media",
                columns: new[] { "site_id", "word_press_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_comments_site_id_word_press_id",
                table: "comments",
                columns: new[] { "site_id", "word_press_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_posts_site_id_word_press_id",
                table: "posts");

            migrationBuilder.DropIndex(
                name: "ix_media_site_id_word_press_id",
                table: "media");

            migrationBuilder.DropIndex(
                name: "ix_comments_site_id_word_press_id",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "word_press_id",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "word_press_id",
                table: "media");

            migrationBuilder.DropColumn(
                name: "word_press_id",
                table: "comments");
        }
    }
}
