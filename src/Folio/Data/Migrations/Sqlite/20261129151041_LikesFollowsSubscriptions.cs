using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Folio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LikesFollowsSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "likes_enabled",
                table: "sites",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // existing sites, posts and accounts keep likes and mail on

            migrationBuilder.AddColumn<bool>(
                name: "likes_open",
                table: "posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // existing sites, posts and accounts keep likes and mail on

            migrationBuilder.AddColumn<string>(
                name: "unsubscribe_url",
                table: "mail_outbox",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "avatar_url",
                table: "accounts",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "bio",
                table: "accounts",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "email_on_follow",
                table: "accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // existing sites, posts and accounts keep likes and mail on

            migrationBuilder.AddColumn<bool>(
                name: "email_on_like",
                table: "accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // existing sites, posts and accounts keep likes and mail on

            migrationBuilder.CreateTable(
                name: "comment_subscriptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    site_id = table.Column<long>(type: "INTEGER", nullable: false),
                    post_id = table.Column<long>(type: "INTEGER", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    token = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    confirmed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comment_subscriptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_comment_subscriptions_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "followers",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    site_id = table.Column<long>(type: "INTEGER", nullable: false),
                    account_id = table.Column<long>(type: "INTEGER", nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    delivery = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    token = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    confirmed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_digest_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_followers", x => x.id);
                    table.ForeignKey(
                        name: "fk_followers_asp_net_users_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_followers_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    site_id = table.Column<long>(type: "INTEGER", nullable: false),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "post_likes",
                columns: table => new
                {
                    site_id = table.Column<long>(type: "INTEGER", nullable: false),
                    post_id = table.Column<long>(type: "INTEGER", nullable: false),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_likes", x => new { x.site_id, x.post_id, x.account_id });
                    table.ForeignKey(
                        name: "fk_post_likes_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_post_likes_posts_post_id",
                        column: x => x.post_id,
                        principalTable: "posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_comment_subscriptions_post_id",
                table: "comment_subscriptions",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_comment_subscriptions_site_id_post_id_email",
                table: "comment_subscriptions",
                columns: new[] { "site_id", "post_id", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_comment_subscriptions_site_id_token",
                table: "comment_subscriptions",
                columns: new[] { "site_id", "token" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_followers_account_id",
                table: "followers",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_followers_site_id_account_id",
                table: "followers",
                columns: new[] { "site_id", "account_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_followers_site_id_email",
                table: "followers",
                columns: new[] { "site_id", "email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_followers_site_id_token",
                table: "followers",
                columns: new[] { "site_id", "token" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_account_id",
                table: "notifications",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_site_id_account_id_created_at",
                table: "notifications",
                columns: new[] { "site_id", "account_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_post_likes_account_id",
                table: "post_likes",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_post_likes_post_id",
                table: "post_likes",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_post_likes_site_id_post_id_created_at",
                table: "post_likes",
                columns: new[] { "site_id", "post_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "comment_subscriptions");

            migrationBuilder.DropTable(
                name: "followers");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "post_likes");

            migrationBuilder.DropColumn(
                name: "likes_enabled",
                table: "sites");

            migrationBuilder.DropColumn(
                name: "likes_open",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "unsubscribe_url",
                table: "mail_outbox");

            migrationBuilder.DropColumn(
                name: "avatar_url",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "bio",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "email_on_follow",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "email_on_like",
                table: "accounts");
        }
    }
}
