import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { LANGUAGES } from "#schemas/languages.ts";
import { builtPages, loadPage } from "#test/html.ts";
import { readPage, requireBuiltSite } from "#test/site.ts";

/** What fits in the first round trip of a new connection: about ten TCP packets. */
const FIRST_VISIT_BUDGET = 14 * 1024;
/** The search enhancement stays small; Pagefind itself is fetched only when someone searches. */
const SEARCH_SCRIPT_BUDGET = 3 * 1024;
/** Registering the offline-reading service worker is a few lines, on every page. */
const REGISTER_SCRIPT_BUDGET = 512;
const OFFLINE_SCRIPT_BUDGET = 1024;

/** Gzip at its default level, as a host compressing on the fly would. */
const gzipped = (contents: string | Buffer) => gzipSync(contents).length;
const site = requireBuiltSite();
const assetSize = async (url: string) => gzipped(await readFile(path.join(site, url)));

test("each page, with the CSS, scripts and icon it loads, fits in 14 KB gzipped", async (t) => {
  const over: string[] = [];
  const rows: string[] = [];
  for (const url of await builtPages()) {
    const html = await loadPage(url);
    const loads = [
      ...html
        .querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"]')
        .map((l) => l.getAttribute("href")!),
      ...html.querySelectorAll("script[src], img[src]").map((s) => s.getAttribute("src")!),
    ];
    const htmlBytes = gzipped(await readPage(url));
    let total = htmlBytes;
    for (const asset of loads) total += await assetSize(asset);
    rows.push(`${url}: ${total} B (HTML ${htmlBytes} B + ${loads.length} files)`);
    if (total > FIRST_VISIT_BUDGET) over.push(`${url}: ${total} B > ${FIRST_VISIT_BUDGET} B`);
  }
  for (const row of rows) t.diagnostic(row);
  assert.deepEqual(over, []);
});

test("pages load only small scripts (offline reading everywhere, search and the saved-pages list on their pages), and no Pagefind up front", async () => {
  const scripts = new Map<string, string[]>();
  const pages = await builtPages();
  for (const url of pages) {
    const html = await loadPage(url);
    for (const script of html.querySelectorAll("script[src], link[rel~=modulepreload]")) {
      const src = script.getAttribute("src") ?? script.getAttribute("href")!;
      scripts.set(src, [...(scripts.get(src) ?? []), url]);
    }
  }
  const byName = (pattern: RegExp) => [...scripts].find(([src]) => pattern.test(src));
  const register = byName(/^\/assets\/register\.[0-9a-f]{10}\.js$/);
  const search = byName(/^\/assets\/search\.[0-9a-f]{10}\.js$/);
  const offline = byName(/^\/assets\/offline\.[0-9a-f]{10}\.js$/);
  assert.equal(scripts.size, 3, `scripts in the site: ${[...scripts.keys()].join(", ")}`);
  assert.deepEqual(register?.[1], pages, "every page registers the offline reader");
  assert.deepEqual(search?.[1], LANGUAGES.map((lang) => `/${lang}/search/`).sort());
  assert.deepEqual(offline?.[1], LANGUAGES.map((lang) => `/${lang}/offline/`).sort());
  const offlineSize = await assetSize(offline![0]);
  assert.ok(offlineSize <= OFFLINE_SCRIPT_BUDGET, `the offline page's script is ${offlineSize} B gzipped, over ${OFFLINE_SCRIPT_BUDGET} B`);
  const registerSize = await assetSize(register![0]);
  assert.ok(
    registerSize <= REGISTER_SCRIPT_BUDGET,
    `the registration script is ${registerSize} B gzipped, over ${REGISTER_SCRIPT_BUDGET} B`,
  );
  const searchSize = await assetSize(search![0]);
  assert.ok(searchSize <= SEARCH_SCRIPT_BUDGET, `the search script is ${searchSize} B gzipped, over its ${SEARCH_SCRIPT_BUDGET} B budget`);
  const source = await readFile(path.join(site, search![0]), "utf8");
  assert.match(source, /import\(/, "Pagefind is imported on demand");
  assert.doesNotMatch(source, /^import[^(]*pagefind/m, "no static import of Pagefind");
});
