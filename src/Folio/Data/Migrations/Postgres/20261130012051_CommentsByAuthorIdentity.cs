using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommentsByAuthorIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_comments_site_id_author_email_status",
                table: "comments");

            migrationBuilder.CreateIndex(
                name: "ix_comments_site_id_author_email_external_identity_id_status",
                table: "comments",
                columns: new[] { "site_id", "author_email", "external_identity_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_comments_site_id_author_email_external_identity_id_status",
                table: "comments");

            migrationBuilder.CreateIndex(
                name: "ix_comments_site_id_author_email_status",
                table: "comments",
                columns: new[] { "site_id", "author_email", "status" });
        }
    }
}
