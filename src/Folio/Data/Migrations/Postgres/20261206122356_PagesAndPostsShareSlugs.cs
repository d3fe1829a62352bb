using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PagesAndPostsShareSlugs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_posts_site_id_slug",
                table: "posts");

            migrationBuilder.CreateIndex(
                name: "ix_posts_site_id_kind_slug",
                table: "posts",
                columns: new[] { "site_id", "kind", "slug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_posts_site_id_kind_slug",
                table: "posts");

            migrationBuilder.CreateIndex(
                name: "ix_posts_site_id_slug",
                table: "posts",
                columns: new[] { "site_id", "slug" },
                unique: true);
        }
    }
}
