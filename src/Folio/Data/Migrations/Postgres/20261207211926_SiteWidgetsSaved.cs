using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SiteWidgetsSaved : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "widgets_saved",
                table: "sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // A site with saved widgets had saved them on purpose.
            migrationBuilder.Sql("UPDATE sites SET widgets_saved = true WHERE EXISTS (SELECT 1 FROM site_widgets WHERE site_widgets.site_id = sites.id)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "widgets_saved",
                table: "sites");
        }
    }
}
