using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <summary>
    /// Full-text search of posts: a generated tsvector (title weighted above body) with a GIN
    /// index. The column is outside the EF model on purpose; only the search index reads it.
    /// </summary>
    public partial class AddPostSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_posts_search_vector ON posts USING GIN (search_vector);");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_posts_search_vector;");
            migrationBuilder.Sql("ALTER TABLE posts DROP COLUMN search_vector;");
        }
    }
}
