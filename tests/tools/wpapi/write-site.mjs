// Writes to a Folio site the way a WordPress client does, with an application password: checks
// whom the password belongs to, creates a post, edits it, comments on it, reads it as a visitor
// would, then deletes it. Prints what it saw as JSON for the test to check.
// Usage: node write-site.mjs SITE_URL LOGIN APPLICATION_PASSWORD
import WPAPI from "wpapi";

const [siteUrl, username, password] = process.argv.slice(2);
const site = (await WPAPI.discover(siteUrl)).auth({ username, password });
const me = await site.users().me();
const created = await site.posts().create({
  title: "Written by wpapi",
  content: "<p>Hello from a WordPress client.</p>",
  status: "publish",
});
const updated = await site.posts().id(created.id).update({ title: "Written by wpapi, then edited" });
const comment = await site.comments().create({ post: created.id, content: "A comment from wpapi." });
const page = await (await fetch(updated.link)).text();
const removed = await site.posts().id(created.id).delete({ force: true });
const afterwards = await fetch(updated.link);
console.log(JSON.stringify({
  me: me.name,
  createdStatus: created.status,
  updatedTitle: updated.title.raw,
  commentStatus: comment.status,
  pageShowsEdit: page.includes("Written by wpapi, then edited") && page.includes("Hello from a WordPress client."),
  deleted: removed.deleted,
  statusAfterDelete: afterwards.status,
}));
