using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PostTrash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "trashed_at",
                table: "posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_posts_trashed_at",
                table: "posts",
                column: "trashed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_posts_trashed_at",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "trashed_at",
                table: "posts");
        }
    }
}
