import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { type BrowsedSite, browseSite, pagePool } from "#test/browser.ts";

let site: BrowsedSite;
let context: BrowserContext;
before(async () => {
  site = await browseSite();
  // One reader's browser for every search: a context (and its renderer) per test would cost more than the search.
  // Every test opens its search page anew, so none sees another's results; the offline worker is the offline tests'.
  context = await site.browser.newContext({ serviceWorkers: "block" });
});
after(async () => {
  await context?.close();
  await site?.close();
});

const tabs = pagePool(() => context.newPage());
const withPage = (run: (page: Page) => Promise<void>) => () => tabs.use(run);

interface Result {
  title: string;
  href: string;
}

/** Opens the search page as a shared link would (?q=), and reads the results the reader sees. */
async function search(page: Page, lang: string, query: string, type?: string): Promise<{ results: Result[]; status: string }> {
  const params = new URLSearchParams({ q: query, ...(type ? { type } : {}) });
  await page.goto(`${site.url}${lang}/search/?${params}`);
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status")?.textContent ?? "";
    return status !== "" && !/…$/.test(status);
  });
  // One read in the page's own script: Playwright's selector calls would first load their helper into the new page.
  return page.evaluate(() => ({
    results: [...document.querySelectorAll<HTMLAnchorElement>("#search-results > li > a")].map((a) => ({
      title: a.textContent ?? "",
      href: a.pathname + a.hash,
    })),
    status: document.getElementById("search-status")?.textContent ?? "",
  }));
}

describe("search in the browser (English)", () => {
  test(
    '"internship" finds the internships page first',
    withPage(async (page) => {
      const { results } = await search(page, "en", "internship");
      assert.equal(results[0]?.href, "/en/students/working/internships/");
    }),
  );

  test(
    '"scholarship" finds the scholarships page or its entries first',
    withPage(async (page) => {
      const { results } = await search(page, "en", "scholarship");
      assert.ok(results.length >= 3, `expected several results, got ${results.length}`);
      assert.match(results[0]!.href, /^\/en\/students\/scholarships\//);
    }),
  );

  test(
    '"Osaka" finds the Osaka Center first',
    withPage(async (page) => {
      const { results } = await search(page, "en", "Osaka");
      assert.equal(results[0]?.href, "/en/students/working/centers/#osaka");
      assert.match(results[0]!.title, /Osaka/);
    }),
  );

  test(
    '"honors" finds the JASSO Honors Scholarship among its own key dates',
    withPage(async (page) => {
      const { results } = await search(page, "en", "honors");
      // Its payment periods are results of their own too (short, so they rank high); the scholarship is among them.
      const top = results.slice(0, 3).map((r) => r.href);
      assert.ok(top.includes("/en/students/scholarships/#jasso-honors"), top.join(" "));
      for (const href of top) assert.match(href, /jasso-honors/);
    }),
  );

  test(
    "results come ten at a time; the count is of all of them; more puts focus on the first new one",
    withPage(async (page) => {
      const { results, status } = await search(page, "en", "the");
      const total = Number(/^(\d+) results/.exec(status)?.[1]);
      assert.ok(total > 10, `more than ten pages and entries contain "the" (status: ${status})`);
      assert.equal(results.length, 10);
      await page.click(".search-more");
      await page.waitForFunction((shown) => document.querySelectorAll("#search-results > li").length > shown, 10);
      const shown = await page.locator("#search-results > li").count();
      assert.equal(shown, Math.min(total, 20));
      assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll("#search-results > li > a")[10]), true);
      assert.equal(await page.isHidden(".search-more"), total <= 20);
    }),
  );

  test(
    "a search with no match says so",
    withPage(async (page) => {
      const { results, status } = await search(page, "en", "qwxzqwxz");
      assert.equal(results.length, 0);
      assert.match(status, /No results for “qwxzqwxz”/);
    }),
  );

  test(
    "the type filter keeps only Centers",
    withPage(async (page) => {
      const { results } = await search(page, "en", "internship", "center");
      assert.ok(results.length > 0, "expected at least one Center");
      for (const result of results) assert.match(result.href, /\/centers\/#/);
      assert.equal(await page.isChecked('input[name="type"][value="center"]'), true);
    }),
  );

  test(
    "by keyboard alone: the header's search link, the box, Enter, results, query kept in the address",
    withPage(async (page) => {
      await page.goto(`${site.url}en/`);
      await page.keyboard.press("Tab"); // skip link
      await page.keyboard.press("Tab"); // site name
      await page.keyboard.press("Tab"); // search link
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Search");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/en\/search\/$/);
      await page.keyboard.press("Tab"); // skip link
      await page.keyboard.press("Enter");
      for (let i = 0; i < 3 && (await page.evaluate(() => document.activeElement?.id)) !== "search-input"; i++)
        await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "search-input", "the box is the first thing after the skip link");
      await page.keyboard.type("Osaka");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/en\/search\/\?q=Osaka/);
      await page.waitForSelector("#search-results > li > a");
      // Typing on the search page runs the search and updates the shareable address.
      await page.focus("#search-input");
      await page.fill("#search-input", "");
      await page.keyboard.type("scholarship");
      await page.waitForURL(/\?q=scholarship/);
      await page.waitForFunction(() => /scholarship/i.test(document.getElementById("search-status")?.textContent ?? ""));
      // Tab from the box reaches the filters, then the results.
      let reachedResult = false;
      for (let i = 0; i < 12 && !reachedResult; i++) {
        await page.keyboard.press("Tab");
        reachedResult = await page.evaluate(() => !!document.activeElement?.closest("#search-results"));
      }
      assert.ok(reachedResult, "a result link is reachable with Tab");
    }),
  );
});

describe("search in the browser (Japanese)", () => {
  test(
    "インターンシップ finds the Japanese internships page first",
    withPage(async (page) => {
      const { results } = await search(page, "ja", "インターンシップ");
      assert.equal(results[0]?.href, "/ja/students/working/internships/");
    }),
  );

  test(
    "奨学金 finds the Japanese scholarships page first",
    withPage(async (page) => {
      const { results } = await search(page, "ja", "奨学金");
      assert.match(results[0]?.href ?? "", /^\/ja\/students\/scholarships\/$/);
    }),
  );

  test(
    "大阪 finds the Osaka Center first",
    withPage(async (page) => {
      const { results } = await search(page, "ja", "大阪");
      assert.equal(results[0]?.href, "/ja/students/working/centers/#osaka");
    }),
  );

  test(
    "results point into sections through Japanese heading anchors",
    withPage(async (page) => {
      await search(page, "ja", "特定活動");
      const sub = await page.$eval("#search-results li ul a", (a) => ({
        path: (a as HTMLAnchorElement).pathname,
        hash: decodeURIComponent((a as HTMLAnchorElement).hash),
      }));
      assert.match(sub.path, /^\/ja\/students\/working\//);
      assert.match(sub.hash, /^#[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
      await page.goto(`${site.url}${sub.path.slice(1)}${sub.hash}`);
      assert.equal(await page.evaluate((id) => document.getElementById(id)?.tagName, sub.hash.slice(1)), "H2");
    }),
  );

  test(
    "a Japanese search does not return English pages",
    withPage(async (page) => {
      const { results } = await search(page, "ja", "インターンシップ");
      assert.ok(results.length > 0);
      for (const result of results) assert.match(result.href, /^\/ja\//);
    }),
  );
});

describe("search finds what students type", () => {
  const finds = (lang: string, query: string, expected: string, within = 3) =>
    test(
      `${lang}: "${query}" finds ${expected}`,
      withPage(async (page) => {
        const { results } = await search(page, lang, query);
        const top = results.slice(0, within).map((r) => r.href);
        assert.ok(top.includes(expected), `top ${within}: ${top.join(", ")}`);
      }),
    );
  // Everyday words and the new topics
  finds("en", "part-time job", "/en/students/working/part-time-work/", 1);
  finds("en", "visa", "/en/students/working/change-of-status/");
  finds("en", "report", "/en/students/working/after-you-start/");
  finds("en", "job offer", "/en/students/working/job-offer-starts-later/", 2);
  finds("ja", "アルバイト", "/ja/students/working/part-time-work/", 1);
  finds("ja", "届出", "/ja/students/working/after-you-start/");
  finds("ja", "特定技能", "/ja/students/working/other-routes/", 1);
  // Abbreviations students use
  finds("ja", "就活", "/ja/students/working/job-hunting-calendar/");
  finds("ja", "文科省", "/ja/students/scholarships/");
  finds("ja", "入管", "/ja/students/working/change-of-status/");
  // Cities by their kana reading
  finds("ja", "おおさか", "/ja/students/working/centers/#osaka", 1);
  finds("ja", "とうきょう", "/ja/students/working/centers/#tokyo", 1);
  finds("ja", "ふくおか", "/ja/students/working/centers/#fukuoka", 1);
  // Chinese: segmented into words by Pagefind's extended build (打工 in 打工的时间, 奖学金 in 奖学金申请)
  finds("zh-hans", "打工", "/zh-hans/students/working/part-time-work/", 1);
  finds("zh-hans", "实习", "/zh-hans/students/working/internships/", 1);
  finds("zh-hans", "签证", "/zh-hans/students/working/change-of-status/");
  finds("zh-hans", "奖学金", "/zh-hans/students/scholarships/", 1);
  finds("zh-hans", "大阪", "/zh-hans/students/working/centers/#osaka", 1);
  // Nepali, in Devanagari
  finds("ne", "पार्ट-टाइम", "/ne/students/working/part-time-work/", 1);
  finds("ne", "इन्टर्नसिप", "/ne/students/working/internships/", 1);
  finds("ne", "भिसा", "/ne/students/working/change-of-status/", 1);
  finds("ne", "छात्रवृत्ति", "/ne/students/scholarships/", 1);
  finds("ne", "ओसाका", "/ne/students/working/centers/#osaka", 1);
  // Vietnamese, with its tones, and a keyword students type without them
  finds("vi", "làm thêm", "/vi/students/working/part-time-work/", 1);
  finds("vi", "thực tập", "/vi/students/working/internships/");
  finds("vi", "thuc tap", "/vi/students/working/internships/", 1);
  finds("vi", "học bổng", "/vi/students/scholarships/", 1);
  finds("vi", "Osaka", "/vi/students/working/centers/#osaka", 1);
  // Korean, and its everyday short forms (알바 for 아르바이트)
  finds("ko", "아르바이트", "/ko/students/working/part-time-work/", 1);
  finds("ko", "알바", "/ko/students/working/part-time-work/", 1);
  finds("ko", "인턴십", "/ko/students/working/internships/", 1);
  finds("ko", "재류자격", "/ko/students/working/change-of-status/");
  finds("ko", "장학금", "/ko/students/scholarships/", 1);
  finds("ko", "오사카", "/ko/students/working/centers/#osaka", 1);

  for (const [query, stem, expected] of [
    ["internshp", "internsh", "/en/students/working/internships/"],
    ["scholarshp", "scholarsh", "/en/students/scholarships/"],
  ] as const) {
    test(
      `a typo ("${query}") that finds nothing, or only its first letters, is retried with a shorter stem`,
      withPage(async (page) => {
        const { results, status } = await search(page, "en", query);
        assert.equal(results[0]?.href, expected);
        assert.match(status, new RegExp(`No results for “${query}”\\. \\d+ results for “${stem}”`));
      }),
    );
  }

  test(
    "a word that matches only a page's keywords is not retried",
    withPage(async (page) => {
      const { status } = await search(page, "en", "visa");
      assert.match(status, /^\d+ results for “visa”$/);
    }),
  );
});

describe("search results say what they are, in the reader's words", () => {
  for (const [lang, type, query, pattern] of [
    ["en", "page", "internship", /^\/en\/[^#]*$/],
    ["en", "center", "Osaka", /^\/en\/students\/working\/centers\/#[a-z]+$/],
    ["en", "scholarship", "JASSO", /^\/en\/students\/scholarships\/#[a-z-]+$/],
    ["ja", "page", "インターンシップ", /^\/ja\/[^#]*$/],
    ["ja", "center", "大阪", /^\/ja\/students\/working\/centers\/#[a-z]+$/],
    ["ja", "scholarship", "奨学金", /^\/ja\/students\/scholarships\/#[a-z-]+$/],
    ["en", "event", "embassy", /^\/en\/students\/calendar\/#[a-z0-9-]+$/],
    ["ja", "event", "大使館", /^\/ja\/students\/calendar\/#[a-z0-9-]+$/],
    ["zh-hans", "center", "东京", /^\/zh-hans\/students\/working\/centers\/#[a-z]+$/],
    ["ne", "center", "टोकियो", /^\/ne\/students\/working\/centers\/#[a-z]+$/],
    ["vi", "scholarship", "học bổng", /^\/vi\/students\/scholarships\/#[a-z-]+$/],
    ["ko", "event", "장학금", /^\/ko\/students\/calendar\/#[a-z0-9-]+$/],
  ] as const) {
    test(
      `${lang}: the "${type}" filter returns ${type} results only, for a word with results of that kind ("${query}")`,
      withPage(async (page) => {
        const { results } = await search(page, lang, query, type);
        assert.ok(results.length > 0, "some results");
        for (const result of results) assert.match(result.href, pattern);
      }),
    );
  }

  for (const [lang, query] of [
    ["en", "Osaka"],
    ["en", "internship"],
    ["ja", "在留資格"],
    ["ja", "大阪"],
    ["zh-hans", "在留资格"],
    ["ko", "재류자격"],
  ] as const) {
    test(
      `${lang}: snippets for "${query}" hold only reading text: no hidden labels, addresses, repeated titles or ". " in Japanese or Chinese`,
      withPage(async (page) => {
        await search(page, lang, query);
        const shown = await page.$$eval("#search-results > li", (items) =>
          items.map((li) => ({ title: li.querySelector("a")?.textContent ?? "", snippet: li.querySelector("p")?.textContent ?? "" })),
        );
        for (const { title, snippet } of shown) {
          assert.doesNotMatch(snippet, /external site|外部サイト|https?:\/\//, snippet);
          assert.ok(!snippet.trimStart().startsWith(title), `"${snippet}" repeats its title`);
          if (lang === "ja" || lang === "zh-hans")
            assert.doesNotMatch(snippet, /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\. /u, snippet);
        }
      }),
    );
  }

  test(
    "a count reads as the language says it: 1 result, 2 results; 1件",
    withPage(async (page) => {
      assert.match((await search(page, "en", "gijinkoku")).status, /^1 result for “gijinkoku”$/);
      assert.match((await search(page, "en", "Fukuoka", "center")).status, /^1 result for “Fukuoka”$/);
      assert.match((await search(page, "en", "visa")).status, /^\d+ results for “visa”$/);
      assert.match((await search(page, "ja", "ぎじんこく")).status, /^「ぎじんこく」の検索結果：1件$/);
    }),
  );

  test(
    "a page found by one of its keywords shows the reader that word",
    withPage(async (page) => {
      await search(page, "en", "gijinkoku");
      assert.match(await page.$eval("#search-results > li p", (p) => p.innerHTML), /<mark>gijinkoku/i);
    }),
  );
});
