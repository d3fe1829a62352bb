using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <summary>
    /// Search in each site's language (docs/translating.md, "Search"). Written by hand, since search
    /// is outside the EF model (docs/migrations.md): each post gets the text search configuration of
    /// its site's language in <c>posts.search_configuration</c>, which triggers keep in step with the
    /// site, and <c>search_vector</c> is built with it. The language→configuration map is the
    /// function <c>search_configuration_for</c>: changing it is a schema change, since every stored
    /// vector was made with it.
    /// </summary>
    public partial class SearchInSiteLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every language PostgreSQL 15 has a Snowball stemmer for (\dF), by its ISO 639-1 code,
            // the first subtag of a catalogue's code ("pt-BR" is Portuguese). Any other language gets
            // "simple": whole words, lower-cased, no stemming and no stop words, in every script.
            migrationBuilder.Sql("""
                CREATE FUNCTION search_configuration_for(language text) RETURNS regconfig
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT (CASE lower(split_part(language, '-', 1))
                        WHEN 'ar' THEN 'pg_catalog.arabic' WHEN 'hy' THEN 'pg_catalog.armenian'
                        WHEN 'eu' THEN 'pg_catalog.basque' WHEN 'ca' THEN 'pg_catalog.catalan'
                        WHEN 'da' THEN 'pg_catalog.danish' WHEN 'nl' THEN 'pg_catalog.dutch'
                        WHEN 'en' THEN 'pg_catalog.english' WHEN 'fi' THEN 'pg_catalog.finnish'
                        WHEN 'fr' THEN 'pg_catalog.french' WHEN 'de' THEN 'pg_catalog.german'
                        WHEN 'el' THEN 'pg_catalog.greek' WHEN 'hi' THEN 'pg_catalog.hindi'
                        WHEN 'hu' THEN 'pg_catalog.hungarian' WHEN 'id' THEN 'pg_catalog.indonesian'
                        WHEN 'ga' THEN 'pg_catalog.irish' WHEN 'it' THEN 'pg_catalog.italian'
                        WHEN 'lt' THEN 'pg_catalog.lithuanian' WHEN 'ne' THEN 'pg_catalog.nepali'
                        WHEN 'no' THEN 'pg_catalog.norwegian' WHEN 'nb' THEN 'pg_catalog.norwegian'
                        WHEN 'nn' THEN 'pg_catalog.norwegian' WHEN 'pt' THEN 'pg_catalog.portuguese'
                        WHEN 'ro' THEN 'pg_catalog.romanian' WHEN 'ru' THEN 'pg_catalog.russian'
                        WHEN 'sr' THEN 'pg_catalog.serbian' WHEN 'es' THEN 'pg_catalog.spanish'
                        WHEN 'sv' THEN 'pg_catalog.swedish' WHEN 'ta' THEN 'pg_catalog.tamil'
                        WHEN 'tr' THEN 'pg_catalog.turkish' WHEN 'yi' THEN 'pg_catalog.yiddish'
                        ELSE 'pg_catalog.simple' END)::regconfig;
                $$;
                """);
            // Chinese and Japanese are written without spaces between words, so PostgreSQL's parser
            // reads a whole sentence as one word. Each Han, Hiragana and Katakana character is made a
            // word of its own, and a query's word becomes a phrase of its characters (PostgresSearchIndex),
            // which matches exactly where they stand side by side.
            migrationBuilder.Sql("""
                CREATE FUNCTION search_split_cjk(words text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT regexp_replace(words,
                        '([\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f])',
                        ' \1 ', 'g');
                $$;
                """);
            migrationBuilder.Sql("ALTER TABLE posts ADD COLUMN search_configuration regconfig NOT NULL DEFAULT 'pg_catalog.simple';");
            migrationBuilder.Sql("""
                UPDATE posts SET search_configuration = search_configuration_for(sites.language)
                FROM sites WHERE sites.id = posts.site_id;
                """);
            // A post takes its site's configuration when it is written (the generated column is
            // computed after BEFORE triggers); a site's posts are re-indexed when its language changes.
            migrationBuilder.Sql("""
                CREATE FUNCTION posts_take_search_configuration() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.search_configuration := search_configuration_for((SELECT language FROM sites WHERE id = NEW.site_id));
                    RETURN NEW;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER posts_search_configuration BEFORE INSERT OR UPDATE OF site_id ON posts
                FOR EACH ROW EXECUTE FUNCTION posts_take_search_configuration();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION sites_reindex_posts_for_language() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE posts SET search_configuration = search_configuration_for(NEW.language)
                    WHERE site_id = NEW.id AND search_configuration <> search_configuration_for(NEW.language);
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER sites_search_configuration AFTER UPDATE OF language ON sites
                FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language)
                EXECUTE FUNCTION sites_reindex_posts_for_language();
                """);
            ReplaceSearchVector(migrationBuilder, """
                setweight(to_tsvector(search_configuration, search_split_cjk(coalesce(title, ''))), 'A') ||
                setweight(to_tsvector(search_configuration, search_split_cjk(coalesce(body, ''))), 'B')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            ReplaceSearchVector(migrationBuilder, """
                setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                setweight(to_tsvector('english', coalesce(body, '')), 'B')
                """);
            migrationBuilder.Sql("DROP TRIGGER sites_search_configuration ON sites;");
            migrationBuilder.Sql("DROP FUNCTION sites_reindex_posts_for_language();");
            migrationBuilder.Sql("DROP TRIGGER posts_search_configuration ON posts;");
            migrationBuilder.Sql("DROP FUNCTION posts_take_search_configuration();");
            migrationBuilder.Sql("ALTER TABLE posts DROP COLUMN search_configuration;");
            migrationBuilder.Sql("DROP FUNCTION search_split_cjk(text);");
            migrationBuilder.Sql("DROP FUNCTION search_configuration_for(text);");
        }

        /// <summary>PostgreSQL cannot change a generated column's expression in place: drop it and its index, add them back.</summary>
        private static void ReplaceSearchVector(MigrationBuilder migrationBuilder, string expression)
        {
            migrationBuilder.Sql("DROP INDEX ix_posts_search_vector;");
            migrationBuilder.Sql("ALTER TABLE posts DROP COLUMN search_vector;");
            migrationBuilder.Sql($"ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({expression}) STORED;");
            migrationBuilder.Sql("CREATE INDEX ix_posts_search_vector ON posts USING GIN (search_vector);");
        }
    }
}
