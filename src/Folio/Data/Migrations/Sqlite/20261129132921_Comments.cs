using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Comments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "comment_link_limit",
                table: "sites",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "comment_moderation",
                table: "sites",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "comment_thread_depth",
                table: "sites",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "comments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    site_id = table.Column<long>(type: "INTEGER", nullable: false),
                    post_id = table.Column<long>(type: "INTEGER", nullable: false),
                    parent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    account_id = table.Column<long>(type: "INTEGER", nullable: true),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    author_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    avatar_seed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    author_url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    body_html = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ip_address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_comments_comments_parent_id",
                        column: x => x.parent_id,
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_comments_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_comments_parent_id",
                table: "comments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_post_id",
                table: "comments",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_site_id_author_email_status",
                table: "comments",
                columns: new[] { "site_id", "author_email", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_comments_site_id_post_id_status_created_at",
                table: "comments",
                columns: new[] { "site_id", "post_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_comments_site_id_status_created_at",
                table: "comments",
                columns: new[] { "site_id", "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "comments");

            migrationBuilder.DropColumn(
                name: "comment_link_limit",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "comment_moderation",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "comment_thread_depth",
                table: "sites");
        }
    }
}
