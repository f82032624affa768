import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import sirv from "sirv";
import { launchChromium } from "#tooling/chromium.ts";

export interface FirstSearch {
  query: string;
  results: number;
  requests: number;
  /** Bytes as a static host sends them: Pagefind's own files are already compressed; scripts and JSON gzipped. */
  bytes: number;
  /** Largest downloads first, to see what to shrink. */
  largest: Array<{ file: string; bytes: number }>;
}

/** Hosts gzip text; Pagefind's index, fragments and WASM are compressed already, so are sent as they are. */
const COMPRESSED_BY_HOST = /\.(js|json|css|html)(\?|$)/;

/**
 * Opens each search page in Chromium (a fresh visitor each time: nothing cached), types the query and counts every
 * byte downloaded from the first keystroke until the results are shown: Pagefind's script and WASM, its metadata,
 * index chunks and result fragments.
 */
export async function measureFirstSearches(site: string, searches: ReadonlyArray<{ page: string; query: string }>): Promise<FirstSearch[]> {
  const files = sirv(site, { dev: true, extensions: ["html"] });
  const server = http.createServer((req, res) => files(req, res, () => void res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const measured: FirstSearch[] = [];
    for (const { page: searchPage, query } of searches) {
      // No service worker: it would fetch each file again to keep a copy, and count twice.
      const context = await browser.newContext({ serviceWorkers: "block" });
      try {
        const page = await context.newPage();
        await page.goto(`${origin}${searchPage}`, { waitUntil: "load" });
        const downloads: Array<Promise<{ file: string; bytes: number }>> = [];
        context.on("response", (response) => {
          const file = new URL(response.url()).pathname;
          downloads.push(
            response.body().then((body) => ({ file, bytes: COMPRESSED_BY_HOST.test(file) ? gzipSync(body).length : body.length })),
          );
        });
        await page.fill("#search-input", query);
        await page.waitForFunction(() => document.querySelectorAll("#search-results > li").length > 0, undefined, { timeout: 60_000 });
        const results = await page.locator("#search-results > li").count();
        // Requests still in flight report before the count.
        await page.waitForLoadState("networkidle");
        const all = await Promise.all(downloads);
        measured.push({
          query,
          results,
          requests: all.length,
          bytes: all.reduce((sum, d) => sum + d.bytes, 0),
          largest: all.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
        });
      } finally {
        await context.close();
      }
    }
    return measured;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
