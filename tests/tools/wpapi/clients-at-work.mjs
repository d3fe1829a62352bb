// Drives a Folio site with WordPress's own clients as WordPress's editor and apps use them:
// @wordpress/api-fetch (the block editor's client, with its default middlewares: "fetch all"
// paging and DELETE sent as a POST with X-HTTP-Method-Override) and wpapi (paging by its Link
// headers, a multipart upload). Prints what it saw as JSON for the test to check.
// Usage: node clients-at-work.mjs SITE_URL LOGIN APPLICATION_PASSWORD PNG_FILE
import { readFileSync } from "node:fs";
import apiFetch from "@wordpress/api-fetch";
import WPAPI from "wpapi";

const [siteUrl, username, password, imageFile] = process.argv.slice(2);
const image = readFileSync(imageFile);

// As a site without pretty links announces its API; the root URL middleware then adds the routes as rest_route.
apiFetch.use(apiFetch.createRootURLMiddleware(`${siteUrl}/?rest_route=/`));
apiFetch.use((options, next) => next({
  ...options,
  headers: { ...options.headers, Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}` },
}));
const failure = (request) => request.then(() => null, (error) => error.code);

const allTags = await apiFetch({ path: "/wp/v2/tags?per_page=-1" });
const post = await apiFetch({ path: "/wp/v2/posts", method: "POST", data: { title: "Posted by api-fetch", status: "publish" } });
const edited = await apiFetch({ path: `/wp/v2/posts/${post.id}`, method: "PUT", data: { title: "Edited by api-fetch" } });
const removed = await apiFetch({ path: `/wp/v2/posts/${post.id}?force=true`, method: "DELETE" });
const afterDelete = await failure(apiFetch({ path: `/wp/v2/posts/${post.id}` }));
const form = new FormData();
form.append("file", new Blob([image], { type: "image/png" }), "from-api-fetch.png");
form.append("alt_text", "Sent by api-fetch");
const uploaded = await apiFetch({ path: "/wp/v2/media", method: "POST", body: form });
const unknownRoute = await failure(apiFetch({ path: "/wp/v2/no-such-route" }));

const site = (await WPAPI.discover(siteUrl)).auth({ username, password });
const pagedTags = [];
for (let page = site.tags().perPage(50); page; ) {
  const items = await page.get();
  pagedTags.push(...items);
  page = items._paging?.next;
}
const wpapiUpload = await site.media().file(image, "from-wpapi.png").create({ alt_text: "Sent by wpapi" });

console.log(JSON.stringify({
  apiFetchTagCount: allTags.length,
  apiFetchDistinctTags: new Set(allTags.map((tag) => tag.id)).size,
  apiFetchEditedTitle: edited.title.raw,
  apiFetchDeleted: removed.deleted,
  apiFetchAfterDelete: afterDelete,
  apiFetchUpload: { id: uploaded.id, alt: uploaded.alt_text, mime: uploaded.mime_type },
  apiFetchUnknownRoute: unknownRoute,
  wpapiTagCount: pagedTags.length,
  wpapiDistinctTags: new Set(pagedTags.map((tag) => tag.id)).size,
  wpapiUpload: { id: wpapiUpload.id, alt: wpapiUpload.alt_text, mime: wpapiUpload.mime_type },
}));
