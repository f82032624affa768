import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { XMLValidator } from "fast-xml-parser";
import { parse } from "node-html-parser";
import { LANGUAGES } from "#schemas/languages.ts";
import { projectContent, sourceUrl } from "#test/content.ts";
import { builtPages, loadPage } from "#test/html.ts";
import { ROOT, requireBuiltSite } from "#test/site.ts";

const site = JSON.parse(await readFile(path.join(ROOT, "_data/site.json"), "utf8")) as { url: string };
const base = new URL("/", site.url).href;
const pages = await builtPages();
/** Not found and offline pages are what a reader meets when something goes wrong: not for search engines. */
const unlisted = (url: string) => url.endsWith("404.html") || url.endsWith("/offline/");
const indexable = pages.filter((url) => !unlisted(url));
const built = (file: string) => readFile(path.join(requireBuiltSite(), file), "utf8");

interface JsonLdNode {
  "@type": string;
  [key: string]: unknown;
}
async function structuredData(url: string): Promise<JsonLdNode[]> {
  const html = await loadPage(url);
  return html.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
    const data = JSON.parse(s.textContent) as JsonLdNode & { "@graph"?: JsonLdNode[] };
    assert.equal(data["@context"], "https://schema.org");
    return data["@graph"] ?? [data];
  });
}

describe("what search engines and link previews read", () => {
  test("every indexable page has a canonical link from site.url, and Open Graph that matches it", async () => {
    for (const url of indexable) {
      const html = await loadPage(url);
      const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute("href");
      assert.equal(canonical, new URL(url.slice(1), base).href, url);
      const og = (property: string) => html.querySelector(`meta[property="${property}"]`)?.getAttribute("content");
      assert.equal(og("og:url"), canonical);
      assert.ok(og("og:title") && og("og:site_name") && og("og:locale"), `${url}: Open Graph title, site name and locale`);
      assert.equal(
        og("og:description"),
        html.querySelector('meta[name="description"]')?.getAttribute("content"),
        `${url}: the same description`,
      );
    }
  });

  test("404 and offline pages are not indexed and name no canonical address", async () => {
    for (const url of pages.filter(unlisted)) {
      const html = await loadPage(url);
      assert.equal(html.querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex", url);
      assert.equal(html.querySelector('link[rel="canonical"]'), null, url);
    }
  });

  test("a BreadcrumbList on every page below home, matching the visible breadcrumb", async () => {
    for (const url of indexable.filter((u) => /^\/(en|ja)\/.+/.test(u))) {
      const list = (await structuredData(url)).find((n) => n["@type"] === "BreadcrumbList");
      assert.ok(list, `${url} has a BreadcrumbList`);
      const items = list.itemListElement as Array<{ position: number; name: string; item: string }>;
      const visible = (await loadPage(url)).querySelectorAll(".breadcrumb li a");
      assert.deepEqual(
        items.map((i) => i.item),
        visible.map((a) => new URL(a.getAttribute("href")!.slice(1), base).href),
        url,
      );
      assert.deepEqual(
        items.map((i) => i.position),
        items.map((_, i) => i + 1),
      );
    }
  });

  test("each Center is a GovernmentOffice on its page, without contact details that only secondary sources give", async () => {
    const content = await projectContent();
    const { centers } = content;
    const official = (ids: readonly string[] = []) =>
      ids.every((id) => content.sources.entries.find((s) => s.id === id)?.kind === "official");
    for (const lang of LANGUAGES) {
      const offices = (await structuredData(`/${lang}/students/working/centers/`)).filter((n) => n["@type"] === "GovernmentOffice");
      assert.deepEqual(
        offices.map((o) => o.url),
        centers.entries.map((c) => sourceUrl(content, c.website)),
      );
      for (const [i, office] of offices.entries()) {
        assert.equal(office["@id"], `${base}${lang}/students/working/centers/#${centers.entries[i]!.id}`);
        if (!official(centers.entries[i]!.contactSources)) assert.equal(office.telephone ?? office.address, undefined);
      }
    }
  });

  test("the sitemap and every feed are well-formed XML, read by a real XML parser", async () => {
    for (const file of ["sitemap.xml", ...LANGUAGES.map((lang) => `${lang}/feed.xml`)])
      assert.equal(XMLValidator.validate(await built(file)), true, file);
  });

  test("sitemap.xml lists every indexable page once, with every language as an alternate; robots.txt names it", async () => {
    const sitemap = parse(await built("sitemap.xml"));
    const locs = sitemap.querySelectorAll("loc").map((l) => l.textContent);
    const expected = indexable.filter((u) => u !== "/").map((u) => new URL(u.slice(1), base).href);
    assert.deepEqual([...locs].sort(), [...expected].sort());
    for (const url of sitemap.querySelectorAll("url")) {
      assert.deepEqual(
        url.querySelectorAll("xhtml\\:link").map((l) => l.getAttribute("hreflang")),
        LANGUAGES,
        "every language is an alternate of every page",
      );
    }
    assert.match(await built("robots.txt"), new RegExp(`^Sitemap: ${base}sitemap\\.xml$`, "m"));
  });

  test("an Atom feed per language: newest first, pages and data entries, no build time in it", async () => {
    for (const lang of LANGUAGES) {
      const feed = parse(await built(`${lang}/feed.xml`));
      const updated = feed.querySelectorAll("entry > updated").map((u) => u.textContent);
      assert.ok(updated.length >= 12, `${lang}: ${updated.length} entries`);
      assert.deepEqual(updated, [...updated].sort().reverse(), "newest first");
      assert.equal(feed.querySelector("feed > updated")?.textContent, updated[0], "the feed is as new as its newest entry");
      const links = feed.querySelectorAll("entry > link").map((l) => l.getAttribute("href")!);
      assert.ok(
        links.some((l) => l.endsWith(`/${lang}/students/working/centers/#osaka`)),
        "Centers are entries",
      );
      assert.ok(
        links.some((l) => l.endsWith(`/${lang}/students/scholarships/#mext`)),
        "scholarships are entries",
      );
      assert.ok(!links.some((l) => /\/(search|a-z)\/$/.test(l)), "utility pages are not news");
      assert.ok(
        (await loadPage(`/${lang}/`)).querySelector(`link[rel="alternate"][type="application/atom+xml"][href="/${lang}/feed.xml"]`),
        "pages announce their feed",
      );
    }
  });
});
