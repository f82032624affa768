import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { LANGUAGES } from "#schemas/languages.ts";
import { type BrowsedSite, browseSite, pagePool } from "#test/browser.ts";
import { builtPages } from "#test/html.ts";
import { ROOT } from "#test/site.ts";

/** The phone the issue was measured on, held upright. */
const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = path.join(ROOT, "test-results/screenshots");

let site: BrowsedSite;
let phone: BrowserContext;
before(async () => {
  site = await browseSite();
  // One phone for the whole path, as a student has: a profile per test would cost more than the test.
  phone = await site.browser.newContext({ viewport: PHONE });
  await mkdir(SCREENSHOTS, { recursive: true });
});
after(async () => {
  await phone?.close();
  await site?.close();
});
const tabs = pagePool(() => phone.newPage());
/** A tab of the phone, held upright again (a test may turn it into a laptop's screen). */
const onPhone = (run: (page: Page) => Promise<void>) => () =>
  tabs.use(async (page) => {
    await page.setViewportSize(PHONE);
    await run(page);
  });

/** Layout shifts since the page started, as Chromium counts them for CLS (shifts right after input excluded). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );

describe("a student's path on a 390 × 844 phone", () => {
  test(
    "every page's header is one row: the name, the search link and the language menu side by side",
    onPhone(async (page) => {
      for (const url of (await builtPages()).filter((u) => LANGUAGES.some((lang) => u.startsWith(`/${lang}/`)))) {
        await page.goto(`${site.url}${url.slice(1)}`);
        // One look at the laid-out header: three boxes, read in a single round trip to the page.
        const [header, menu, link] = await page.evaluate(() =>
          [".site-header", ".language-menu summary", ".header-link"].map((selector) => {
            const rect = document.querySelector(selector)?.getBoundingClientRect();
            // An element not shown has no box, as with Playwright's boundingBox.
            return rect?.height ? { y: rect.y, height: rect.height } : undefined;
          }),
        );
        assert.ok(header && menu, `${url}: the page has a header with a language menu`);
        assert.ok(header.height <= 100, `${url}: the header is ${header.height} px tall`);
        assert.ok(menu.y < header.y + header.height && menu.y + menu.height > header.y, `${url}: the language menu is in the header row`);
        if (link) assert.ok(Math.abs(link.y - menu.y) < 4, `${url}: the search link and the language menu share a row`);
      }
    }),
  );

  for (const [lang, query] of [
    ["en", "visa"],
    ["ja", "在留資格"],
    ["zh-hans", "在留资格"],
    ["ne", "भिसा"],
    ["vi", "tư cách lưu trú"],
    ["ko", "재류자격"],
  ] as const) {
    test(
      `${lang}: the first search result shows without scrolling, and nothing moves when the search script starts`,
      onPhone(async (page) => {
        await page.goto(`${site.url}${lang}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForSelector("#search-results > li > a");
        const first = (await page.locator("#search-results > li").first().boundingBox())!;
        assert.ok(first.y + 40 <= PHONE.height, `the first result starts at ${first.y} px`);
        assert.equal(await layoutShift(page), 0, "no layout shift");
        await page.screenshot({ path: path.join(SCREENSHOTS, `phone-search-${lang}.png`) });
      }),
    );

    test(
      `${lang}: the home page shows its ways in (the main questions) without scrolling, on a phone and a laptop`,
      onPhone(async (page) => {
        await page.goto(`${site.url}${lang}/`);
        const question = page.locator("main ul a[href*='/students/working/']").first();
        const box = (await question.boundingBox())!;
        assert.ok(box.y + box.height <= PHONE.height, `on the phone, the first question ends at ${box.y + box.height} px`);
        await page.screenshot({ path: path.join(SCREENSHOTS, `phone-home-${lang}.png`) });
        await page.setViewportSize({ width: 1280, height: 800 });
        const wide = (await question.boundingBox())!;
        assert.ok(wide.y + wide.height <= 800, `on a laptop, the first question ends at ${wide.y + wide.height} px`);
      }),
    );
  }

  test("the language menu opens by keyboard and without JavaScript, and leads to the page in the other language", () =>
    site.withPage(
      async (page) => {
        await page.goto(`${site.url}en/students/working/help/`);
        await page.focus(".language-menu summary");
        await page.keyboard.press("Enter");
        for (const lang of LANGUAGES.filter((l) => l !== "en")) {
          const box = (await page.locator(`.language-menu a[hreflang=${lang}]`).boundingBox())!;
          assert.ok(box, `the open menu shows ${lang}`);
          assert.ok(box.x >= 0 && box.x + box.width <= 360 && box.y + box.height <= 740, `${lang}: the menu fits a 360 × 740 screen`);
        }
        const link = page.locator(".language-menu a[hreflang=ja]");
        assert.ok(await link.isVisible(), "the menu is open");
        await link.focus();
        await page.keyboard.press("Enter");
        await page.waitForURL(/\/ja\/students\/working\/help\/$/);
      },
      { viewport: { width: 360, height: 740 }, javaScriptEnabled: false },
    )());

  test(
    "switching language keeps the search: the query goes along, and the other language searches for it",
    onPhone(async (page) => {
      await page.goto(`${site.url}en/search/?q=visa`);
      await page.waitForSelector("#search-results > li > a");
      await page.click(".language-menu summary");
      await page.click(".language-menu a[hreflang=ja]");
      await page.waitForURL(/\/ja\/search\/\?q=visa$/);
      assert.equal(await page.inputValue("#search-input"), "visa");
      await page.waitForFunction(() => (document.getElementById("search-status")?.textContent ?? "").includes("visa"));
      await page.goBack();
      await page.waitForURL(/\/en\/search\/\?q=visa$/);
      assert.equal(await page.inputValue("#search-input"), "visa", "back, the English search is still there");
    }),
  );
});
