// What a Folio site refuses over XML-RPC, and how a real client reads each refusal (its fault's
// code and string): a wrong application password, the account's own password, another site's
// post through this site's address, this site's person at another site's address, and calls
// that are broken XML or declare a DTD (sent by hand: no client writes those); and what a
// contributor may not do: publish, or upload.
// Both sites answer on one loopback port by their own names (Node resolves no *.localhost names).
// Usage: node refusals.mjs PORT SITE_HOST LOGIN APPLICATION_PASSWORD ACCOUNT_PASSWORD OTHER_SITE_HOST OTHER_POST_ID CONTRIBUTOR_LOGIN CONTRIBUTOR_APPLICATION_PASSWORD
import http from "node:http";
import { promisify } from "node:util";
import xmlrpc from "xmlrpc";
import Deserializer from "xmlrpc/lib/deserializer.js";

const [port, siteHost, username, password, accountPassword, otherHost, otherPostId, contributor, contributorPassword] = process.argv.slice(2);
const site = (host) => xmlrpc.createClient({ host: "127.0.0.1", port, path: "/xmlrpc.php", headers: { Host: `${host}:${port}` } });
const here = site(siteHost);
const there = site(otherHost);

async function fault(client, method, ...params) {
  try {
    return { answered: await promisify(client.methodCall.bind(client))(method, params) };
  } catch (error) {
    return { code: error.faultCode, message: error.faultString };
  }
}

function send(body) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path: "/xmlrpc.php", method: "POST", headers: { Host: `${siteHost}:${port}`, "Content-Type": "text/xml" } }, (response) => {
      new Deserializer().deserializeMethodResponse(response, (error, value) =>
        resolve(error?.faultCode !== undefined ? { status: response.statusCode, code: error.faultCode, message: error.faultString } : { status: response.statusCode, answered: value ?? String(error) }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const post = { post_title: "Not yours", post_content: "<p>Overwritten.</p>" };
console.log(JSON.stringify({
  wrongPassword: await fault(here, "wp.getUsersBlogs", username, "abcd efgh ijkl mnop qrst uvwx"),
  accountPassword: await fault(here, "wp.getUsersBlogs", username, accountPassword),
  otherPostRead: await fault(here, "wp.getPost", 0, username, password, otherPostId),
  otherPostEdit: await fault(here, "wp.editPost", 0, username, password, otherPostId, post),
  otherPostDelete: await fault(here, "wp.deletePost", 0, username, password, otherPostId),
  otherSiteBlogs: await fault(there, "wp.getUsersBlogs", username, password),
  otherSitePost: await fault(there, "wp.getPost", 0, username, password, otherPostId),
  otherSiteNewPost: await fault(there, "wp.newPost", 0, username, password, post),
  otherSitePosts: await fault(there, "wp.getPosts", 0, username, password, {}),
  contributorPublish: await fault(here, "wp.newPost", 0, contributor, contributorPassword, { ...post, post_status: "publish" }),
  contributorDraft: await fault(here, "wp.newPost", 0, contributor, contributorPassword, { ...post, post_status: "draft" }),
  contributorPosts: await fault(here, "wp.getPosts", 0, contributor, contributorPassword, { post_status: "draft" }),
  contributorUpload: await fault(here, "wp.uploadFile", 0, contributor, contributorPassword, { name: "a.png", type: "image/png", bits: Buffer.from("not an image") }),
  unknownMethod: await fault(here, "wp.noSuchMethod", 0, username, password),
  brokenXml: await send("<?xml version=\"1.0\"?>\n<methodCall>\n  <methodName>wp.getUsersBlogs</methodName>\n  <params><param><value>x</value></param>\n</methodCall>"),
  badValue: await send("<?xml version=\"1.0\"?>\n<methodCall>\n  <methodName>wp.getPost</methodName>\n  <params><param><value><int>twelve</int></value></param></params>\n</methodCall>"),
  dtd: await send("<?xml version=\"1.0\"?>\n<!DOCTYPE methodCall [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<methodCall><methodName>&b;</methodName></methodCall>"),
}));
