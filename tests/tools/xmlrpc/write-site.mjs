// Writes to a Folio site the way a desktop editor does over XML-RPC, with a username and an
// application password: WordPress's own methods through the `wordpress` client (which speaks
// XML-RPC through `xmlrpc`), MetaWeblog's through `xmlrpc` itself. Reads what it wrote back, as
// the site's visitors see it too, then deletes it. Prints what it saw as JSON for the test to check.
// Usage: node write-site.mjs SITE_URL LOGIN APPLICATION_PASSWORD
import { promisify } from "node:util";
import wordpress from "wordpress";
import xmlrpc from "xmlrpc";

const [siteUrl, username, password] = process.argv.slice(2);
// Dates go out in UTC, marked Z, so what is sent does not depend on this machine's time zone.
xmlrpc.dateFormatter.setOpts({ local: false });
const site = wordpress.createClient({ url: siteUrl, username, password });
const wp = (method, ...args) => promisify(site[method].bind(site))(...args);
const raw = xmlrpc.createClient({ url: new URL("/xmlrpc.php", siteUrl).href });
const call = (method, ...params) => promisify(raw.methodCall.bind(raw))(method, params);
// The wordpress client names the host without its port (WordPress sites answer on 80 or 443), so
// the links it is given name none: read them on the test server's port.
const visit = (link) => fetch(new URL(new URL(link).pathname, siteUrl));

// A 1×1 PNG, as a photo from the desktop would come: raw bytes, sent as base64.
const pixel = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

const methods = await wp("listMethods");
const blogs = await call("wp.getUsersBlogs", username, password);

const id = await wp("newPost", {
  title: "Written in a desktop editor",
  content: "<p>Hello from an XML-RPC client.</p>",
  status: "publish",
  termNames: { category: ["Travel"], post_tag: ["boats", "harbour"] },
});
const created = await wp("getPost", id);
const pageAfterCreate = await (await visit(created.link)).text();
const edited = await wp("editPost", id, { title: "Written in a desktop editor, then edited" });
const afterEdit = await wp("getPost", id);
const pageAfterEdit = await (await visit(afterEdit.link)).text();
const listed = await wp("getPosts", { type: "post", number: 10 });
const tags = await wp("getTerms", "post_tag");
const oneTag = await wp("getTerm", "post_tag", tags[0].termId);
const upload = await wp("uploadFile", { name: "pixel.png", type: "image/png", bits: pixel });
const served = await visit(upload.link);
const servedBytes = Buffer.from(await served.arrayBuffer());

const blogId = blogs[0].blogid;
const weblogId = await call("metaWeblog.newPost", blogId, username, password,
  { title: "Posted by MetaWeblog", description: "<p>From an older editor.</p>", categories: ["Travel", "No such category"], mt_keywords: "ferries, boats" }, true);
const weblogEdited = await call("metaWeblog.editPost", weblogId, username, password, { mt_keywords: "ferries, boats, piers" }, true);
const weblogPost = await call("metaWeblog.getPost", weblogId, username, password);
const recent = await call("metaWeblog.getRecentPosts", blogId, username, password, 5);
const categories = await call("metaWeblog.getCategories", blogId, username, password);
const weblogDeleted = await call("blogger.deletePost", "", weblogId, username, password, true);

// Pages under a parent, in their order, and a post with a format, in the site's own language.
const parentId = await wp("newPost", { type: "page", title: "О редакции", content: "<p>Кто мы.</p>", status: "publish" });
const childId = await wp("newPost", { type: "page", title: "Наши авторы", content: "<p>Кто пишет.</p>", status: "publish", parent: Number(parentId), menuOrder: 3 });
const child = await wp("getPost", childId);
const childByWeblog = await call("metaWeblog.getPost", childId, username, password);
const asideId = await wp("newPost", { title: "Коротко", content: "<p>Заметка на полях.</p>", status: "publish", format: "aside" });
const aside = await wp("getPost", asideId);
const asideByWeblog = await call("metaWeblog.getPost", asideId, username, password);

const scheduledId = await wp("newPost", { title: "Written for later", content: "<p>Not yet.</p>", status: "publish", date: new Date("2030-01-02T03:04:05Z") });
const scheduled = await wp("getPost", scheduledId);

const deleted = await wp("deletePost", id);
const afterDelete = await visit(afterEdit.link);

console.log(JSON.stringify({
  methods,
  blogs,
  createdStatus: created.status,
  createdTerms: created.terms.map((term) => `${term.taxonomy}:${term.name}`).sort(),
  pageShowsPost: pageAfterCreate.includes("Written in a desktop editor") && pageAfterCreate.includes("Hello from an XML-RPC client."),
  edited,
  editedTitle: afterEdit.title,
  pageShowsEdit: pageAfterEdit.includes("Written in a desktop editor, then edited"),
  listedTitles: listed.map((post) => post.title),
  tagNames: tags.map((term) => term.name).sort(),
  oneTag: `${oneTag.taxonomy}:${oneTag.name}:${oneTag.count}`,
  uploadType: upload.type,
  servedStatus: served.status,
  servedType: served.headers.get("content-type"),
  // Folio re-encodes what it is sent (dropping metadata), so the file served is a PNG, not the same bytes.
  servedIsPng: servedBytes.subarray(0, 8).equals(pixel.subarray(0, 8)),
  weblogEdited,
  weblogTitle: weblogPost.title,
  weblogStatus: weblogPost.post_status,
  weblogCategories: weblogPost.categories,
  weblogKeywords: weblogPost.mt_keywords,
  recentTitles: recent.map((post) => post.title),
  categoryNames: categories.map((category) => category.categoryName),
  weblogDeleted,
  childPlace: [child.type, child.parent === parentId, child.menuOrder],
  childPlaceByWeblog: [childByWeblog.wp_page_parent_id === parentId, childByWeblog.wp_page_order],
  asideFormat: [aside.format, asideByWeblog.wp_post_format],
  scheduledStatus: scheduled.status,
  deleted,
  statusAfterDelete: afterDelete.status,
}));
