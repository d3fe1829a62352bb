using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <summary>
    /// Full-text search of posts with FTS5: an external-content index over posts.title and
    /// posts.body, kept in step by triggers, with Porter stemming and accent folding.
    /// </summary>
    public partial class AddPostSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE post_search USING fts5(
                    title, body, content='posts', content_rowid='id',
                    tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN
                    INSERT INTO post_search(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN
                    INSERT INTO post_search(post_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER posts_search_update AFTER UPDATE OF title, body ON posts BEGIN
                    INSERT INTO post_search(post_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                    INSERT INTO post_search(rowid, title, body) VALUES (new.id, new.title, new.body);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO post_search(post_search) VALUES ('rebuild');");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER posts_search_update;");
            migrationBuilder.Sql("DROP TRIGGER posts_search_delete;");
            migrationBuilder.Sql("DROP TRIGGER posts_search_insert;");
            migrationBuilder.Sql("DROP TABLE post_search;");
        }
    }
}
