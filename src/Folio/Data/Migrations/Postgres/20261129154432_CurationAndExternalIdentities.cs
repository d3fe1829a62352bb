using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Folio.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CurationAndExternalIdentities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "attribution_text",
                table: "sites",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "Read original article here."); // the words every existing site has shown

            migrationBuilder.AddColumn<bool>(
                name: "no_index",
                table: "posts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "original_author",
                table: "posts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "external_identity_id",
                table: "comments",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "curated_originals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    site_id = table.Column<long>(type: "bigint", nullable: false),
                    url_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    sim_hash = table.Column<long>(type: "bigint", nullable: false),
                    post_id = table.Column<long>(type: "bigint", nullable: false),
                    also_reported_by = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    checked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    gone_since = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    unreachable_since = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_curated_originals", x => x.id);
                    table.ForeignKey(
                        name: "fk_curated_originals_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "external_identities",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    provider = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    issuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    profile_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    avatar_path = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    account_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_external_identities", x => x.id);
                    table.ForeignKey(
                        name: "fk_external_identities_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    site_id = table.Column<long>(type: "bigint", nullable: false),
                    feed_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    site_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    full_text = table.Column<bool>(type: "boolean", nullable: false),
                    excerpt_length = table.Column<int>(type: "integer", nullable: false),
                    include_words = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    exclude_words = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    canonical_to_original = table.Column<bool>(type: "boolean", nullable: false),
                    no_index_full_copies = table.Column<bool>(type: "boolean", nullable: false),
                    max_age_days = table.Column<int>(type: "integer", nullable: true),
                    poll_minutes = table.Column<int>(type: "integer", nullable: false),
                    e_tag = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    last_modified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    next_fetch_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lease_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_fetched_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_result = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    consecutive_failures = table.Column<int>(type: "integer", nullable: false),
                    items_imported = table.Column<int>(type: "integer", nullable: false),
                    items_skipped = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sources", x => x.id);
                    table.ForeignKey(
                        name: "fk_sources_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "source_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    site_id = table.Column<long>(type: "bigint", nullable: false),
                    source_id = table.Column<long>(type: "bigint", nullable: false),
                    item_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    link = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    post_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_source_items_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_source_items_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_comments_external_identity_id",
                table: "comments",
                column: "external_identity_id");

            migrationBuilder.CreateIndex(
                name: "ix_curated_originals_checked_at",
                table: "curated_originals",
                column: "checked_at");

            migrationBuilder.CreateIndex(
                name: "ix_curated_originals_post_id",
                table: "curated_originals",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_curated_originals_site_id_post_id",
                table: "curated_originals",
                columns: new[] { "site_id", "post_id" });

            migrationBuilder.CreateIndex(
                name: "ix_curated_originals_site_id_url_hash",
                table: "curated_originals",
                columns: new[] { "site_id", "url_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_external_identities_account_id",
                table: "external_identities",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_external_identities_issuer_subject",
                table: "external_identities",
                columns: new[] { "issuer", "subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_source_items_post_id",
                table: "source_items",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_source_items_site_id_source_id_created_at",
                table: "source_items",
                columns: new[] { "site_id", "source_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_source_items_site_id_source_id_item_key",
                table: "source_items",
                columns: new[] { "site_id", "source_id", "item_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_source_items_source_id",
                table: "source_items",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_sources_next_fetch_at",
                table: "sources",
                column: "next_fetch_at");

            migrationBuilder.CreateIndex(
                name: "ix_sources_site_id_feed_url",
                table: "sources",
                columns: new[] { "site_id", "feed_url" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_comments_external_identities_external_identity_id",
                table: "comments",
                column: "external_identity_id",
                principalTable: "external_identities",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_comments_external_identities_external_identity_id",
                table: "comments");

            migrationBuilder.DropTable(
                name: "curated_originals");

            migrationBuilder.DropTable(
                name: "external_identities");

            migrationBuilder.DropTable(
                name: "source_items");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropIndex(
                name: "ix_comments_external_identity_id",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "attribution_text",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "no_index",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "original_author",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "external_identity_id",
                table: "comments");
        }
    }
}
