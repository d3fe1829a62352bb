using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSiteTimeZones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                table: "sites",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "published_local",
                table: "posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_posts_site_id_kind_published_local",
                table: "posts",
                columns: new[] { "site_id", "kind", "published_local" });

            // Every site so far kept UTC, so it is their zone, and each post's local date is its UTC date.
            migrationBuilder.Sql("UPDATE sites SET time_zone = 'UTC';");
            migrationBuilder.Sql("UPDATE posts SET published_local = published_at;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_posts_site_id_kind_published_local",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "time_zone",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "published_local",
                table: "posts");
        }
    }
}
