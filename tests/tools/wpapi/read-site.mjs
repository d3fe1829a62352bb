// Reads a Folio site the way a WordPress client does: discovers the API from the site's
// address, lists and filters posts, reads one with _embed, and prints what it found as JSON
// for the test to check. Usage: node read-site.mjs SITE_URL CATEGORY_SLUG
import WPAPI from "wpapi";

const [siteUrl, categorySlug] = process.argv.slice(2);
const site = await WPAPI.discover(siteUrl);
const firstPage = await site.posts().perPage(2).page(1).get();
const categories = await site.categories().slug(categorySlug).get();
const inCategory = await site.posts().categories(categories[0].id).get();
const searched = await site.posts().search("lighthouse").get();
const embedded = await site.posts().id(firstPage[0].id).embed().get();
console.log(JSON.stringify({
  total: firstPage._paging.total,
  totalPages: firstPage._paging.totalPages,
  firstPageTitles: firstPage.map(post => post.title.rendered),
  categoryTitles: inCategory.map(post => post.title.rendered),
  searchTitles: searched.map(post => post.title.rendered),
  embeddedAuthor: embedded._embedded.author[0].name,
  embeddedCategories: embedded._embedded["wp:term"][0].map(term => term.name),
}));
