#!/usr/bin/env python3
"""Prints SQLite's plan for the queries behind a post page and a home page, and whether each
reads its table through an index that leads with site_id (docs/architecture.md, principle 1).

    bench/query-plans.py DATABASE SITE_SLUG POST_SLUG

The SQL is what EF Core 10 sends for PostQueries, CommentQueries and LikeQueries (copied from
its command log, parameters bound by name); re-copy it when those queries change.
"""
import sqlite3
import sys
from datetime import datetime, timezone

VISIBLE = ("p.site_id = :site AND p.status <> 'Draft' AND p.published_at IS NOT NULL "
           "AND p.published_at <= :now AND p.kind = 'Post'")
QUERIES = {
    "post page: the post": f"""
        SELECT p.id, p.title, p.body_html, a.display_name,
               (SELECT COUNT(*) FROM comments AS c WHERE c.site_id = :site AND c.post_id = p.id AND c.status = 'Approved')
        FROM posts AS p INNER JOIN accounts AS a ON p.author_id = a.id
        WHERE {VISIBLE} AND p.slug = :slug ORDER BY p.id, a.id LIMIT 1""",
    "post page: its comments": """
        SELECT c.id, c.parent_id, c.author_name, c.body_html FROM comments AS c
        WHERE c.site_id = :site AND c.post_id = :post AND c.status = 'Approved' ORDER BY c.created_at, c.id""",
    "post page: likes count": "SELECT COUNT(*) FROM post_likes AS p WHERE p.site_id = :site AND p.post_id = :post",
    "post page: recent likers": """
        SELECT p.account_id FROM post_likes AS p WHERE p.site_id = :site AND p.post_id = :post
        ORDER BY p.created_at DESC, p.account_id DESC LIMIT 10""",
    "home page: count": f"SELECT COUNT(*) FROM posts AS p WHERE {VISIBLE}",
    "home page: newest posts": f"""
        SELECT p0.id, p0.title, a.display_name,
               (SELECT COUNT(*) FROM comments AS c WHERE c.site_id = :site AND c.post_id = p0.id AND c.status = 'Approved')
        FROM (SELECT p.id, p.author_id, p.title, p.published_at FROM posts AS p WHERE {VISIBLE}
              ORDER BY p.published_at DESC, p.id DESC LIMIT 10 OFFSET 0) AS p0
        INNER JOIN accounts AS a ON p0.author_id = a.id ORDER BY p0.published_at DESC, p0.id DESC, a.id""",
    "layout: followers": "SELECT COUNT(*) FROM followers AS f WHERE f.site_id = :site AND f.confirmed_at IS NOT NULL",
}


def main(path, site_slug, post_slug):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    site = db.execute("SELECT id FROM sites WHERE slug = ?", (site_slug,)).fetchone()[0]
    post = db.execute("SELECT id FROM posts WHERE site_id = ? AND slug = ?", (site, post_slug)).fetchone()[0]
    indexes = {name: [column for _, _, column in db.execute(f"PRAGMA index_info('{name}')")]
               for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    arguments = {"site": site, "post": post, "slug": post_slug, "now": now}
    # Aliases of the site-owned tables in QUERIES; a (accounts) is reached by its primary key, p0 is a subquery.
    site_owned = {"p", "c", "f"}
    all_lead = True
    for name, sql in QUERIES.items():
        print(f"{name}:")
        for *_, detail in db.execute("EXPLAIN QUERY PLAN " + sql, arguments):
            words = detail.split()
            note = ""
            if words[0] in ("SEARCH", "SCAN") and words[1] in site_owned:
                used = next((words[i + 1] for i, word in enumerate(words[:-1]) if word == "INDEX"), None)
                leads = used is not None and indexes.get(used, [None])[0] == "site_id"
                all_lead &= leads
                note = "  <- index leads with site_id" if leads else "  <- NOT through an index leading with site_id"
            print(f"  {detail}{note}")
    print("Every site-owned table is read through an index leading with site_id."
          if all_lead else "Some site-owned table is NOT read through an index leading with site_id.")
    return 0 if all_lead else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
