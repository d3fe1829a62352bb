using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PostAnnouncements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "announced_at",
                table: "posts",
                type: "TEXT",
                nullable: true);

            // Posts published before this migration were published before anyone could follow by
            // email: mark them announced, or editing an old post would mail it to followers.
            migrationBuilder.Sql("UPDATE posts SET announced_at = published_at WHERE status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_posts_announced_at_status",
                table: "posts",
                columns: new[] { "announced_at", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_posts_announced_at_status",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "announced_at",
                table: "posts");
        }
    }
}
