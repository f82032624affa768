import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { LANGUAGES } from "#schemas/languages.ts";
import { type BrowsedSite, browseSite, PAGES_AT_ONCE, pagePool } from "#test/browser.ts";
import { builtPages, loadPage } from "#test/html.ts";

const pages = await builtPages();
let site: BrowsedSite;
let withScript: BrowserContext;
let withoutScript: BrowserContext;
before(async () => {
  site = await browseSite();
  // The offline-reading worker changes no page's text (the offline page is left out below): it is kept out here.
  withScript = await site.browser.newContext({ serviceWorkers: "block" });
  withoutScript = await site.browser.newContext({ javaScriptEnabled: false });
});
after(async () => {
  await withScript?.close();
  await withoutScript?.close();
  await site?.close();
});

const tabsWithScript = pagePool(() => withScript.newPage());
const tabsWithoutScript = pagePool(() => withoutScript.newPage());

/**
 * The text a reader sees, as the browser lays it out. Read by the page's own innerText: Playwright's selector calls
 * would first load its helper script into each new page, which costs as much again as reading the text.
 */
const visibleText = (tabs: typeof tabsWithScript, url: string): Promise<string> =>
  tabs.use(async (page) => {
    await page.goto(`${site.url}${url.slice(1)}`);
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text as laid out, which is the point here
    return await page.evaluate(() => document.body.innerText);
  });

describe("without JavaScript every page reads the same as with it", { concurrency: PAGES_AT_ONCE }, () => {
  // The search and offline pages are what their scripts make of them (results, the pages saved on this device).
  for (const url of pages.filter((u) => !u.endsWith("/search/") && !u.endsWith("/offline/"))) {
    test(url, async () => {
      const off = await visibleText(tabsWithoutScript, url);
      assert.ok(off.length > 200, `only ${off.length} characters visible`);
      assert.equal(off, await visibleText(tabsWithScript, url));
    });
  }
});

describe("without JavaScript the search page offers the A–Z list", () => {
  for (const lang of LANGUAGES) {
    test(lang, async () => {
      const az = await loadPage(`/${lang}/a-z/`);
      const everyPage = az.querySelectorAll("main li a").map((a) => a.getAttribute("href"));
      assert.ok(everyPage.length >= 6);
      const page: Page = await withoutScript.newPage();
      try {
        // A reader follows the header's search link from another page: the search page leads somewhere useful.
        await page.goto(`${site.url}${lang}/students/`);
        await page.click(".site-header a.header-link");
        await page.waitForURL(/\/search\/$/);
        const listed = await page.$$eval("#a-z ~ ul a, #a-z + * a", (links) =>
          links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute("href")),
        );
        assert.deepEqual(listed.sort(), [...everyPage].sort(), "the whole A–Z list is visible");
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as laid out
        assert.match(await page.innerText("main"), /JavaScript/, "the page says why there are no results");
        assert.equal(await page.isVisible(".search-filters"), false, "filters that need the script stay hidden");
        assert.equal(await page.isVisible(".search-form"), false, "no search button that would do nothing");
      } finally {
        await page.close();
      }
    });
  }
});
