using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SitesDesignsRevisionsMedia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_posts_site_id_status_published_at",
                table: "posts");

            migrationBuilder.AddColumn<string>(
                name: "accent_color",
                table: "sites",
                type: "TEXT",
                maxLength: 7,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "header_image_url",
                table: "sites",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "icon_url",
                table: "sites",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "theme",
                table: "sites",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "featured_image_url",
                table: "posts",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "posts",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "media",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    site_id = table.Column<long>(type: "INTEGER", nullable: false),
                    uploader_id = table.Column<long>(type: "INTEGER", nullable: false),
                    original_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    stored_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    alt_text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    sizes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_media", x => x.id);
                    table.ForeignKey(
                        name: "fk_media_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "post_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    site_id = table.Column<long>(type: "INTEGER", nullable: false),
                    post_id = table.Column<long>(type: "INTEGER", nullable: false),
                    author_id = table.Column<long>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    body_format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    excerpt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    is_autosave = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_post_revisions_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "site_invitations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    site_id = table.Column<long>(type: "INTEGER", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    invited_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    accepted_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_invitations", x => x.id);
                    table.ForeignKey(
                        name: "fk_site_invitations_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "used_login_tickets",
                columns: table => new
                {
                    nonce = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_used_login_tickets", x => x.nonce);
                });

            migrationBuilder.CreateIndex(
                name: "ix_posts_site_id_kind_status_published_at",
                table: "posts",
                columns: new[] { "site_id", "kind", "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_media_site_id_stored_name",
                table: "media",
                columns: new[] { "site_id", "stored_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_media_site_id_uploaded_at",
                table: "media",
                columns: new[] { "site_id", "uploaded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_post_revisions_post_id",
                table: "post_revisions",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_post_revisions_site_id_post_id_created_at",
                table: "post_revisions",
                columns: new[] { "site_id", "post_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_site_invitations_site_id_email",
                table: "site_invitations",
                columns: new[] { "site_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ix_site_invitations_site_id_token_hash",
                table: "site_invitations",
                columns: new[] { "site_id", "token_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_used_login_tickets_expires_at",
                table: "used_login_tickets",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "media");

            migrationBuilder.DropTable(
                name: "post_revisions");

            migrationBuilder.DropTable(
                name: "site_invitations");

            migrationBuilder.DropTable(
                name: "used_login_tickets");

            migrationBuilder.DropIndex(
                name: "ix_posts_site_id_kind_status_published_at",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "accent_color",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "header_image_url",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "icon_url",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "theme",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "featured_image_url",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "posts");

            migrationBuilder.CreateIndex(
                name: "ix_posts_site_id_status_published_at",
                table: "posts",
                columns: new[] { "site_id", "status", "published_at" });
        }
    }
}
