using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustomDomainVerification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sites_custom_domain",
                table: "sites");

            migrationBuilder.AddColumn<string>(
                name: "custom_domain_token",
                table: "sites",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "custom_domain_verified_at",
                table: "sites",
                type: "timestamp with time zone",
                nullable: true);

            // Domains set before verification existed stay live: their sites were already served
            // there, and taking them down on upgrade would break working sites without warning.
            migrationBuilder.Sql("UPDATE sites SET custom_domain_verified_at = CURRENT_TIMESTAMP WHERE custom_domain IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "ix_sites_custom_domain",
                table: "sites",
                column: "custom_domain",
                unique: true,
                filter: "custom_domain_verified_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sites_custom_domain",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "custom_domain_token",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "custom_domain_verified_at",
                table: "sites");

            migrationBuilder.CreateIndex(
                name: "ix_sites_custom_domain",
                table: "sites",
                column: "custom_domain",
                unique: true);
        }
    }
}
