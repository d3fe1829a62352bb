using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountAndSiteLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "delete_after",
                table: "sites",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "visibility",
                table: "sites",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Public");

            migrationBuilder.AddColumn<DateTime>(
                name: "delete_after",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "delete_after",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "visibility",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "delete_after",
                table: "accounts");
        }
    }
}
