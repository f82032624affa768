import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { type BrowsedSite, browseSite, recordProblems } from "#test/browser.ts";
import { requireBuiltSite } from "#test/site.ts";

// A copy of the site, so one test can publish a change to a page while the browser is open.
let copy: string;
let site: BrowsedSite;
before(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), "site-offline-"));
  await cp(requireBuiltSite(), copy, { recursive: true });
  site = await browseSite({ site: copy });
});
after(async () => {
  await site?.close();
  await rm(copy, { recursive: true, force: true });
});

/** Opens a page online and waits until the service worker has kept a copy of it. */
async function visitOnline(page: Page, url: string): Promise<void> {
  await page.goto(`${site.url}${url}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => !!(await caches.match(location.origin + location.pathname)), undefined, { timeout: 10_000 });
}

test("a page a student has opened reloads without a connection, styled", () =>
  site.withPage(async (page) => {
    const problems = recordProblems(page);
    await visitOnline(page, "en/students/working/internships/");
    const title = await page.textContent("h1");
    await page.context().setOffline(true);
    await page.reload();
    assert.equal(await page.textContent("h1"), title);
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).backgroundColor);
    assert.notEqual(styled, "rgba(0, 0, 0, 0)", "the stylesheet came from the cache too");
    // Only the offline reload may fail requests (a page never opened is not there): nothing before it.
    assert.deepEqual(problems, []);
  })());

test("a search used once still works offline", () =>
  site.withPage(async (page) => {
    await visitOnline(page, "ja/search/");
    await page.goto(`${site.url}ja/search/?q=${encodeURIComponent("大阪")}`);
    await page.waitForSelector("#search-results > li > a");
    await page.waitForLoadState("networkidle");
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector("#search-results > li > a");
    assert.match(
      await page.$eval("#search-results > li > a", (a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash),
      /\/ja\/students\/working\/centers\/#osaka$/,
    );
  })());

test("with a connection the site's current page is shown, never the kept copy", () =>
  site.withPage(async (page) => {
    await visitOnline(page, "en/students/");
    const file = path.join(copy, "en/students/index.html");
    const original = await readFile(file, "utf8");
    try {
      await writeFile(file, original.replace(/<h1([^>]*)>[^<]*<\/h1>/, "<h1$1>Published a moment ago</h1>"));
      await page.reload();
      assert.equal(await page.textContent("h1"), "Published a moment ago");
    } finally {
      await writeFile(file, original);
    }
  })());

test("offline, a page never opened is the offline page in its language, listing the pages saved on this device", () =>
  site.withPage(async (page) => {
    await visitOnline(page, "ja/students/working/help/");
    await visitOnline(page, "ja/students/scholarships/");
    await page.context().setOffline(true);
    await page.goto(`${site.url}ja/students/working/after-you-start/`);
    assert.equal(await page.textContent("h1"), "オフラインです");
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    await page.waitForSelector("#saved-pages li a");
    const saved = await page.$$eval("#saved-pages a", (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    assert.deepEqual(saved.sort(), ["/ja/students/scholarships/", "/ja/students/working/help/"]);
    assert.equal(await page.isVisible("#no-saved-pages"), false);
  })());

test("offline, a search that finds nothing says search needs a connection for words not searched before", () =>
  site.withPage(async (page) => {
    await visitOnline(page, "en/search/");
    await page.goto(`${site.url}en/search/?q=Osaka`);
    await page.waitForSelector("#search-results > li > a");
    await page.waitForLoadState("networkidle");
    await page.context().setOffline(true);
    await page.fill("#search-input", "pension");
    await page.waitForFunction(() => /offline/i.test(document.getElementById("search-status")?.textContent ?? ""));
    assert.match((await page.textContent("#search-status")) ?? "", /needs a connection for words not searched before/);
  })());
