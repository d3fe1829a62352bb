using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PostsByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_posts_site_id_kind_status_published_at",
                table: "posts");

            migrationBuilder.CreateIndex(
                name: "ix_posts_site_id_kind_published_at",
                table: "posts",
                columns: new[] { "site_id", "kind", "published_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_posts_site_id_kind_published_at",
                table: "posts");

            migrationBuilder.CreateIndex(
                name: "ix_posts_site_id_kind_status_published_at",
                table: "posts",
                columns: new[] { "site_id", "kind", "status", "published_at" });
        }
    }
}
