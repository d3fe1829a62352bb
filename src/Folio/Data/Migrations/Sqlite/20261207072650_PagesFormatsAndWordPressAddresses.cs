using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PagesFormatsAndWordPressAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "format",
                table: "posts",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Standard");

            migrationBuilder.AddColumn<int>(
                name: "menu_order",
                table: "posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "parent_id",
                table: "posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "word_press_path",
                table: "media",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "imported_authors",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    site_id = table.Column<long>(type: "INTEGER", nullable: false),
                    login = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imported_authors", x => x.id);
                    table.ForeignKey(
                        name: "fk_imported_authors_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_imported_authors_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_posts_site_id_parent_id_menu_order",
                table: "posts",
                columns: new[] { "site_id", "parent_id", "menu_order" });

            migrationBuilder.CreateIndex(
                name: "ix_media_site_id_word_press_path",
                table: "media",
                columns: new[] { "site_id", "word_press_path" });

            migrationBuilder.CreateIndex(
                name: "ix_imported_authors_account_id",
                table: "imported_authors",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_imported_authors_site_id_login",
                table: "imported_authors",
                columns: new[] { "site_id", "login" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imported_authors");

            migrationBuilder.DropIndex(
                name: "ix_posts_site_id_parent_id_menu_order",
                table: "posts");

            migrationBuilder.DropIndex(
                name: "ix_media_site_id_word_press_path",
                table: "media");

            // SQLite's own DROP COLUMN, not EF's rebuild of the table, which would drop the search
            // triggers with it (docs/migrations.md, "Search is outside the model").
            migrationBuilder.Sql("ALTER TABLE posts DROP COLUMN format;");
            migrationBuilder.Sql("ALTER TABLE posts DROP COLUMN menu_order;");
            migrationBuilder.Sql("ALTER TABLE posts DROP COLUMN parent_id;");

            migrationBuilder.DropColumn(
                name: "word_press_path",
                table: "media");
        }
    }
}
