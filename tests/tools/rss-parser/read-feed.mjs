// Reads an RSS or Atom feed from standard input as a feed reader does, and prints what it found
// (the channel and every item, with all the fields rss-parser gives) as JSON for the test to check.
// Usage: node read-feed.mjs < feed.xml
import Parser from "rss-parser";

let xml = "";
for await (const chunk of process.stdin) xml += chunk;
const feed = await new Parser().parseString(xml);
console.log(JSON.stringify(feed));
