import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { builtPages, loadPage } from "../support/html.ts";
import { readPage, requireBuiltSite } from "../support/site.ts";

/** What fits in the first round trip of a new connection: about ten TCP packets. */
const FIRST_VISIT_BUDGET = 14 * 1024;
/** The search enhancement stays small; Pagefind itself is fetched only when someone searches. */
const SEARCH_SCRIPT_BUDGET = 3 * 1024;

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
      ...html.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"]').map((l) => l.getAttribute("href")!),
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

test("no page loads a script but the search page's small enhancement, and none loads Pagefind up front", async () => {
  const scripts = new Map<string, string[]>();
  for (const url of await builtPages()) {
    const html = await loadPage(url);
    for (const script of html.querySelectorAll("script[src], link[rel~=modulepreload]")) {
      const src = script.getAttribute("src") ?? script.getAttribute("href")!;
      scripts.set(src, [...(scripts.get(src) ?? []), url]);
    }
  }
  const [[search, users] = ["", []], ...others] = [...scripts];
  assert.deepEqual(others, [], "one script in the whole site");
  assert.match(search, /^\/assets\/search\.[0-9a-f]{10}\.js$/);
  assert.deepEqual(users, ["/en/search/", "/ja/search/"]);
  const size = await assetSize(search);
  assert.ok(size <= SEARCH_SCRIPT_BUDGET, `the search script is ${size} B gzipped, over its ${SEARCH_SCRIPT_BUDGET} B budget`);
  const source = await readFile(path.join(site, search), "utf8");
  assert.match(source, /import\(/, "Pagefind is imported on demand");
  assert.doesNotMatch(source, /^import[^(]*pagefind/m, "no static import of Pagefind");
});
